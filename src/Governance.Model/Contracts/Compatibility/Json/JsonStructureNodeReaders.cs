using System.Text.Json;

namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>Reads the <c>object</c> keywords.</summary>
internal static class JsonObjectNodeReader
{
    public static ObjectNode Read(JsonSchemaDocument document, JsonKeywordReader keywords)
    {
        var properties = keywords.Members("properties")
            .ToDictionary(m => m.Name, m => JsonSchemaNodeBuilder.Build(document, m.Value, m.Pointer), StringComparer.Ordinal);
        var patterns = keywords.Members("patternProperties")
            .Select(m => new PatternProperty(keywords.Pattern(m.Name, m.Pointer), JsonSchemaNodeBuilder.Build(document, m.Value, m.Pointer)))
            .ToList();
        var additional = keywords.Get("additionalProperties");
        var dependencyArrays = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var dependencySchemas = new Dictionary<string, JsonSchemaNode>(StringComparer.Ordinal);
        foreach (var (name, value, pointer) in keywords.Members("dependencies").Concat(keywords.Members("dependentRequired")))
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                dependencyArrays[name] = value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                    ? value.EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
                    : throw JsonSchemaNodeBuilder.Error(pointer, "a property dependency must be an array of property names");
            }
            else
            {
                dependencySchemas[name] = JsonSchemaNodeBuilder.Build(document, value, pointer);
            }
        }

        foreach (var (name, value, pointer) in keywords.Members("dependentSchemas"))
        {
            dependencySchemas[name] = JsonSchemaNodeBuilder.Build(document, value, pointer);
        }

        return new ObjectNode
        {
            Properties = properties,
            Required = (keywords.Strings("required") ?? []).ToHashSet(StringComparer.Ordinal),
            PermitsAdditionalProperties = additional?.ValueKind != JsonValueKind.False,
            AdditionalPropertiesSchema = additional is { ValueKind: JsonValueKind.Object } schema
                ? JsonSchemaNodeBuilder.Build(document, schema, JsonSchemaNodeBuilder.Child(keywords.Pointer, "additionalProperties"))
                : additional is null or { ValueKind: JsonValueKind.True or JsonValueKind.False }
                    ? null
                    : throw keywords.Fault("additionalProperties", "must be a schema or a boolean"),
            PatternProperties = patterns,
            MinProperties = keywords.Count("minProperties"),
            MaxProperties = keywords.Count("maxProperties"),
            DependencyArrays = dependencyArrays,
            DependencySchemas = dependencySchemas,
        };
    }
}

/// <summary>Reads the <c>array</c> keywords of draft-04 to draft-07 (<c>items</c> + <c>additionalItems</c>) and 2020-12 (<c>prefixItems</c> + <c>items</c>).</summary>
internal static class JsonArrayNodeReader
{
    public static ArrayNode Read(JsonSchemaDocument document, JsonKeywordReader keywords)
    {
        var prefixItems = keywords.Get("prefixItems");
        var items = keywords.Get("items");
        var (tupleKeyword, tuple, additionalKeyword, additional, allItems) = prefixItems is not null
            ? ("prefixItems", prefixItems, "items", items, (JsonElement?)null)
            : items is { ValueKind: JsonValueKind.Array }
                ? ("items", items, "additionalItems", keywords.Get("additionalItems"), null)
                : ("items", null, "additionalItems", keywords.Get("additionalItems"), items);
        if (tuple is { ValueKind: not JsonValueKind.Array })
        {
            throw keywords.Fault(tupleKeyword, "must be an array of schemas");
        }

        return new ArrayNode
        {
            // "items": true constrains nothing, exactly like no "items".
            AllItems = allItems is { ValueKind: not JsonValueKind.True } all ? Schema(document, keywords, "items", all) : null,
            TupleItems = tuple?.EnumerateArray()
                .Select((s, i) => JsonSchemaNodeBuilder.Build(document, s, JsonSchemaNodeBuilder.Child(keywords.Pointer, tupleKeyword, $"{i}")))
                .ToList() ?? [],
            TupleKeyword = tupleKeyword,
            PermitsAdditionalItems = additional?.ValueKind != JsonValueKind.False,
            AdditionalItemsSchema = additional is { ValueKind: JsonValueKind.Object } schema
                ? Schema(document, keywords, additionalKeyword, schema)
                : null,
            AdditionalKeyword = additionalKeyword,
            MinItems = keywords.Count("minItems"),
            MaxItems = keywords.Count("maxItems"),
            UniqueItems = keywords.Flag("uniqueItems") ?? false,
        };
    }

    private static JsonSchemaNode Schema(JsonSchemaDocument document, JsonKeywordReader keywords, string keyword, JsonElement value) =>
        value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False
            ? JsonSchemaNodeBuilder.Build(document, value, JsonSchemaNodeBuilder.Child(keywords.Pointer, keyword))
            : throw keywords.Fault(keyword, "must be a schema");
}
