using System.Text.Json;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// Turns a schema object into a <see cref="JsonSchemaNode"/>. Without <c>type</c>, the type is inferred from the
/// type-specific keywords present (as JSON Schema validators apply them). <c>$ref</c> wins over sibling keywords, as
/// in draft-07. Annotations (<c>title</c>, <c>description</c>, <c>$id</c>, ...) never break readers and are not read.
/// </summary>
internal static class JsonSchemaNodeBuilder
{
    private static readonly string[] KnownTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];

    private static readonly (string Type, string[] Keywords)[] TypeKeywords =
    [
        ("object", ["properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties",
            "dependencies", "dependentRequired", "dependentSchemas"]),
        ("array", ["items", "prefixItems", "additionalItems", "minItems", "maxItems", "uniqueItems"]),
        ("string", ["minLength", "maxLength", "pattern"]),
        ("number", ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]),
    ];

    /// <summary>Builds the node for <paramref name="e"/>, found at <paramref name="pointer"/> in <paramref name="document"/>.</summary>
    public static JsonSchemaNode Build(JsonSchemaDocument document, JsonElement e, string pointer)
    {
        var node = e.ValueKind switch
        {
            JsonValueKind.True => new EmptyNode(),
            JsonValueKind.False => new FalseNode(),
            JsonValueKind.Object => BuildObject(document, e, pointer),
            _ => throw Error(pointer, $"a schema must be an object or a boolean, found {e.GetRawText()}"),
        };
        node.Raw = e;
        node.HasDefault = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("default", out _);
        return node;
    }

    /// <summary>A schema error at a pointer.</summary>
    public static SchemaFormatException Error(string pointer, string message) =>
        new($"at {(pointer == "#" ? "#/" : pointer)}: {message}");

    /// <summary>The pointer of a child: <paramref name="pointer"/> plus the given segments.</summary>
    public static string Child(string pointer, params string[] segments) => pointer + "/" + string.Join("/", segments);

    private static JsonSchemaNode BuildObject(JsonSchemaDocument document, JsonElement e, string pointer)
    {
        if (e.TryGetProperty("$ref", out var reference))
        {
            return reference.ValueKind == JsonValueKind.String
                ? document.MakeRef(reference.GetString()!, pointer)
                : throw Error(pointer, "\"$ref\" must be a string");
        }

        var (values, enumKeyword) = ReadEnum(e, pointer);
        var parts = new List<JsonSchemaNode>();
        var typed = ReadTypes(e, pointer).Select(t => BuildTyped(document, e, pointer, t, values, enumKeyword)).ToList();
        if (typed.Count == 1)
        {
            parts.Add(typed[0]);
        }
        else if (typed.Count > 1)
        {
            parts.Add(Synthetic(new CombinedNode(Criterion.AnyOf, typed), e, "type"));
        }
        else if (values is not null)
        {
            parts.Add(Synthetic(new EnumNode(values) { EnumKeyword = enumKeyword }, e, "enum"));
        }

        foreach (var (keyword, criterion) in new[] { ("allOf", Criterion.AllOf), ("anyOf", Criterion.AnyOf), ("oneOf", Criterion.OneOf) })
        {
            if (e.TryGetProperty(keyword, out var list))
            {
                if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
                {
                    throw Error(pointer, $"\"{keyword}\" must be a non-empty array of schemas");
                }

                var subschemas = list.EnumerateArray().Select((s, i) => Build(document, s, Child(pointer, keyword, $"{i}"))).ToList();
                parts.Add(Synthetic(new CombinedNode(criterion, subschemas), e, keyword));
            }
        }

        if (e.TryGetProperty("not", out var negated))
        {
            parts.Add(Synthetic(new NotNode(Build(document, negated, Child(pointer, "not"))), e, "not"));
        }

        return parts.Count switch
        {
            0 => new EmptyNode(),
            1 => parts[0],
            _ => Synthetic(new CombinedNode(Criterion.AllOf, parts), e, "all"),
        };
    }

    private static JsonSchemaNode Synthetic(JsonSchemaNode node, JsonElement raw, string variant)
    {
        node.Raw = raw;
        node.Variant = variant;
        node.HasDefault = raw.TryGetProperty("default", out _);
        return node;
    }

    private static IReadOnlyList<string> ReadTypes(JsonElement e, string pointer)
    {
        if (!e.TryGetProperty("type", out var type))
        {
            return TypeKeywords.Where(t => t.Keywords.Any(k => e.TryGetProperty(k, out _))).Select(t => t.Type).ToList();
        }

        var names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array when type.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String) =>
                type.EnumerateArray().Select(t => t.GetString()!).Distinct().ToList(),
            _ => throw Error(pointer, "\"type\" must be a type name or an array of type names"),
        };
        var unknown = names.FirstOrDefault(n => !KnownTypes.Contains(n));
        return unknown is null
            ? names
            : throw Error(pointer, $"unknown type '{unknown}'; expected one of {string.Join(", ", KnownTypes)}");
    }

    private static (IReadOnlyList<JsonElement>? Values, string Keyword) ReadEnum(JsonElement e, string pointer)
    {
        if (e.TryGetProperty("enum", out var values))
        {
            return values.ValueKind == JsonValueKind.Array
                ? (values.EnumerateArray().ToList(), "enum")
                : throw Error(pointer, "\"enum\" must be an array");
        }

        return e.TryGetProperty("const", out var constant) ? ([constant], "const") : (null, "enum");
    }

    private static JsonSchemaNode BuildTyped(
        JsonSchemaDocument document, JsonElement e, string pointer, string type, IReadOnlyList<JsonElement>? values, string enumKeyword)
    {
        var keywords = new JsonKeywordReader(e, pointer);
        JsonSchemaNode node = type switch
        {
            "string" => new StringNode
            {
                MinLength = keywords.Count("minLength"),
                MaxLength = keywords.Count("maxLength"),
                Pattern = keywords.Text("pattern"),
            },
            "number" or "integer" => JsonKeywordReader.ReadNumber(keywords, type == "integer"),
            "object" => JsonObjectNodeReader.Read(document, keywords),
            "array" => JsonArrayNodeReader.Read(document, keywords),
            _ => new ScalarNode(type == "null" ? JsonNodeClass.Null : JsonNodeClass.Boolean),
        };
        node.Raw = e;
        node.Variant = type;
        node.Enum = values;
        node.EnumKeyword = enumKeyword;
        return node;
    }
}
