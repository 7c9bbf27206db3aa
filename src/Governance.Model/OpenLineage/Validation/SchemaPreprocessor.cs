using System.Text.Json.Nodes;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>
/// Rewrites the draft 2020-12 OpenLineage schemas into the dialect NJsonSchema 10.x understands, without changing
/// what they accept. NJsonSchema 10.7.2 was verified to (1) not resolve <c>#/$defs/...</c> references at all
/// ("The schema reference path '#/$defs/BaseEvent' has not been resolved"), (2) silently ignore <c>const</c> and
/// (3) silently ignore <c>dependentRequired</c>. The rewrite is schema-aware: it only visits positions that hold
/// subschemas (so a property that happens to be called <c>const</c> or <c>$defs</c> is left alone) and never touches
/// <c>enum</c>/<c>example</c>/<c>required</c> values.
/// <list type="number">
/// <item><c>"$defs": {...}</c> becomes <c>"definitions": {...}</c>, and every <c>$ref</c> fragment
/// <c>#/$defs/Name</c> (local or absolute, e.g. <c>https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet</c>)
/// becomes <c>#/definitions/Name</c>.</item>
/// <item><c>"const": v</c> becomes <c>"enum": [v]</c> (identical semantics).</item>
/// <item><c>"dependentRequired": { "a": ["b"] }</c> becomes an <c>allOf</c> entry
/// <c>{ "anyOf": [ { "not": { "required": ["a"] } }, { "required": ["a", "b"] } ] }</c> (identical semantics),
/// tagged with <see cref="DependentRequiredMarker"/> so that a failure can be reported as
/// "property 'a' requires property 'b'".</item>
/// </list>
/// </summary>
internal static class SchemaPreprocessor
{
    /// <summary>Extension keyword put on the <c>anyOf</c> generated for a <c>dependentRequired</c> entry.</summary>
    public const string DependentRequiredMarker = "x-governance-dependentRequired";

    private static readonly string[] SchemaMapKeywords = ["properties", "patternProperties", "definitions", "dependentSchemas"];
    private static readonly string[] SchemaKeywords = ["items", "additionalProperties", "additionalItems", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems"];
    private static readonly string[] SchemaArrayKeywords = ["allOf", "anyOf", "oneOf", "prefixItems"];

    /// <summary>Returns a rewritten deep copy of <paramref name="schemaDocument"/>.</summary>
    public static JsonObject Rewrite(JsonObject schemaDocument)
    {
        var copy = (JsonObject)schemaDocument.DeepClone();
        RewriteSchema(copy);
        return copy;
    }

    private static void RewriteSchema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return; // boolean schema or malformed: nothing to rewrite
        }

        if (schema.Remove("$defs", out var defs))
        {
            if (schema["definitions"] is JsonObject existing && defs is JsonObject defsObject)
            {
                foreach (var (name, def) in defsObject.ToList())
                {
                    defsObject.Remove(name);
                    existing[name] = def;
                }
            }
            else
            {
                schema["definitions"] = defs;
            }
        }

        if (schema["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference))
        {
            schema["$ref"] = reference.Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal);
        }

        if (schema.Remove("const", out var constant) && !schema.ContainsKey("enum"))
        {
            schema["enum"] = new JsonArray(constant);
        }

        if (schema.Remove("dependentRequired", out var dependentRequired) && dependentRequired is JsonObject dependencies)
        {
            if (schema["allOf"] is not JsonArray allOf)
            {
                allOf = [];
                schema["allOf"] = allOf;
            }

            foreach (var (property, requires) in dependencies)
            {
                var required = (requires as JsonArray)?.Select(r => r?.GetValue<string>()).OfType<string>().ToList() ?? [];
                var all = new JsonArray(JsonValue.Create(property));
                foreach (var r in required)
                {
                    all.Add(JsonValue.Create(r));
                }

                allOf.Add(new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray(JsonValue.Create(property)) } },
                        new JsonObject { ["required"] = all }),
                    [DependentRequiredMarker] = property + "|" + string.Join("|", required),
                });
            }
        }

        foreach (var keyword in SchemaMapKeywords)
        {
            if (schema[keyword] is JsonObject map)
            {
                foreach (var (_, sub) in map)
                {
                    RewriteSchema(sub);
                }
            }
        }

        foreach (var keyword in SchemaKeywords)
        {
            if (schema[keyword] is JsonArray tuple)
            {
                foreach (var sub in tuple)
                {
                    RewriteSchema(sub); // draft 4 tuple form of "items"
                }
            }
            else
            {
                RewriteSchema(schema[keyword]);
            }
        }

        foreach (var keyword in SchemaArrayKeywords)
        {
            if (schema[keyword] is JsonArray array)
            {
                foreach (var sub in array)
                {
                    RewriteSchema(sub);
                }
            }
        }
    }
}
