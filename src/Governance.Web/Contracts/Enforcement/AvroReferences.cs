using System.Text.Json.Nodes;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Makes an Avro schema that uses types from other subjects (Schema Registry references) readable on
/// its own: the first use of each referenced type's name is replaced by the referenced schema, which
/// defines it; later uses stay names, as Avro allows once a name is defined. The compatibility
/// checker reads one schema text, so references are resolved this way before checking.
/// </summary>
internal static class AvroReferences
{
    private static readonly HashSet<string> Primitives = new(StringComparer.Ordinal)
    {
        "null", "boolean", "int", "long", "float", "double", "bytes", "string",
    };

    /// <summary>
    /// <paramref name="schema"/> with the referenced types defined in place; the text unchanged when
    /// nothing is referenced or it is not JSON (the checker then says what is wrong with it).
    /// </summary>
    /// <param name="referenced">Referenced schema texts by the full name of the type they define.</param>
    public static string Inline(string schema, IReadOnlyDictionary<string, string> referenced)
    {
        if (referenced.Count == 0)
        {
            return schema;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(schema);
        }
        catch (System.Text.Json.JsonException)
        {
            return schema;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        var replaced = Walk(root, enclosingNamespace: null, defined, referenced, depth: 0);
        return replaced is null ? schema : replaced.ToJsonString();
    }

    /// <summary>Walks a schema node; returns the node to put in its place (the same node unless it was a referenced name).</summary>
    private static JsonNode? Walk(JsonNode? node, string? enclosingNamespace, HashSet<string> defined, IReadOnlyDictionary<string, string> referenced, int depth)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var name) && !Primitives.Contains(name):
                var full = name.Contains('.', StringComparison.Ordinal) || enclosingNamespace is null ? name : $"{enclosingNamespace}.{name}";
                if (defined.Contains(full) || depth > 32 || !(referenced.TryGetValue(full, out var text) || referenced.TryGetValue(name, out text)))
                {
                    return node;
                }

                // Marked first, so a referenced schema that uses its own name (recursion) is not inlined again.
                defined.Add(full);
                try
                {
                    var definition = JsonNode.Parse(text);
                    return Walk(definition, enclosingNamespace: null, defined, referenced, depth + 1) ?? definition;
                }
                catch (System.Text.Json.JsonException)
                {
                    return node;
                }

            case JsonArray union:
                for (var i = 0; i < union.Count; i++)
                {
                    Replace(union, i, Walk(union[i], enclosingNamespace, defined, referenced, depth));
                }

                return node;

            case JsonObject obj:
                var ns = enclosingNamespace;
                if (obj["name"] is JsonValue n && n.TryGetValue<string>(out var typeName) && obj["type"] is JsonValue t
                    && t.TryGetValue<string>(out var kind) && kind is "record" or "error" or "enum" or "fixed")
                {
                    ns = typeName.Contains('.', StringComparison.Ordinal) ? typeName[..typeName.LastIndexOf('.')]
                        : obj["namespace"] is JsonValue explicitNs && explicitNs.TryGetValue<string>(out var declared) ? declared : enclosingNamespace;
                    defined.Add(typeName.Contains('.', StringComparison.Ordinal) || string.IsNullOrEmpty(ns) ? typeName : $"{ns}.{typeName}");
                }

                if (obj["fields"] is JsonArray fields)
                {
                    foreach (var field in fields.OfType<JsonObject>())
                    {
                        Replace(field, "type", Walk(field["type"], ns, defined, referenced, depth));
                    }
                }

                foreach (var member in new[] { "items", "values" })
                {
                    if (obj.ContainsKey(member))
                    {
                        Replace(obj, member, Walk(obj[member], ns, defined, referenced, depth));
                    }
                }

                // {"type": "com.x.Y"} and {"type": {...}} wrap another schema.
                if (obj["type"] is JsonValue wrapped && wrapped.TryGetValue<string>(out var wrappedName)
                    && wrappedName is not ("record" or "error" or "enum" or "fixed" or "array" or "map"))
                {
                    Replace(obj, "type", Walk(obj["type"], ns, defined, referenced, depth));
                }
                else if (obj["type"] is JsonObject or JsonArray)
                {
                    Replace(obj, "type", Walk(obj["type"], ns, defined, referenced, depth));
                }

                return node;

            default:
                return node;
        }
    }

    // A node can have one parent only: put a node back only when it was replaced.
    private static void Replace(JsonObject obj, string key, JsonNode? replacement)
    {
        if (!ReferenceEquals(obj[key], replacement))
        {
            obj[key] = replacement;
        }
    }

    private static void Replace(JsonArray array, int index, JsonNode? replacement)
    {
        if (!ReferenceEquals(array[index], replacement))
        {
            array[index] = replacement;
        }
    }
}
