using System.Text.Json;
using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas.Json;

/// <summary>
/// Reads a JSON Schema into fields: <c>properties</c> nest, arrays take their <c>items</c>' fields, <c>$ref</c>s
/// are followed, <c>allOf</c> members are merged, <c>oneOf</c>/<c>anyOf</c> and type arrays drop <c>null</c> (see
/// <see cref="SchemaFieldExtractor"/> for the type strings).
/// </summary>
internal sealed class JsonSchemaExtractor
{
    private const int MaxReferenceHops = 64;

    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "string", "integer", "number", "boolean", "object", "array", "null",
    };

    private readonly ExtractionContext _context = new("JSON");
    private readonly JsonSchemaDocuments _documents;

    // $ref targets being expanded on the current path: a target met again is recursive and is not expanded again.
    private readonly List<string> _expanding = [];

    private JsonSchemaExtractor(string schema, ISchemaReferenceResolver? references) =>
        _documents = new JsonSchemaDocuments(_context, references, schema);

    /// <summary>Extracts the fields of a JSON Schema.</summary>
    /// <exception cref="SchemaParseException">The schema is not valid JSON, uses an unknown type, or has a
    /// <c>$ref</c> that points nowhere.</exception>
    public static ExtractedSchema Extract(string schema, ISchemaReferenceResolver? references)
    {
        var extractor = new JsonSchemaExtractor(schema, references);
        var main = extractor._documents.Main;
        var shape = extractor.Describe(main.Root, main, "", 0);
        return extractor._context.Build(
            shape.Fields ?? [],
            extractor.Annotation(main.Root, main, "description", "the root schema"),
            extractor.Annotation(main.Root, main, "title", "the root schema"));
    }

    /// <summary>The shape of a schema; <paramref name="depth"/> is the nesting level its fields would get.</summary>
    private TypeShape Describe(JsonElement schema, JsonSchemaDocument document, string path, int depth)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return new TypeShape("any");
            case JsonValueKind.False:
                return new TypeShape("none");
            case JsonValueKind.Object:
                break;
            default:
                throw _context.Error($"expected a schema (an object or a boolean) at {Where(path)} but found {Abbreviate(schema)}");
        }

        // Everything the value must satisfy at once: the schema's own keywords, its $ref, its allOf members.
        var conjunction = new List<TypeShape>();
        if (DescribeOwn(schema, document, path, depth) is { } own)
        {
            conjunction.Add(own);
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            conjunction.Add(DescribeReference(reference, document, path, depth));
        }

        foreach (var member in Members(schema, "allOf", path))
        {
            conjunction.Add(Describe(member, document, path, depth));
        }

        // Alternatives: a null alternative only makes the field nullable, which the facet does not record.
        var alternatives = new List<TypeShape>();
        var sawNull = false;
        foreach (var member in Members(schema, "oneOf", path).Concat(Members(schema, "anyOf", path)))
        {
            var alternative = Describe(member, document, path, depth);
            sawNull |= alternative.Type == "null";
            if (alternative.Type is not ("null" or "any"))
            {
                alternatives.Add(alternative);
            }
        }

        var known = conjunction.Where(s => s.Type != "any").ToList();
        TypeShape? combined = known.Count == 0 ? null : Combine(known);
        if (alternatives.Count > 0)
        {
            var union = TypeShape.Union(alternatives);
            if (combined is null)
            {
                return union;
            }

            // e.g. an object with common properties plus oneOf variants adding more: all properties are fields.
            return union.Fields is null ? combined.Value : Combine([combined.Value, new TypeShape(combined.Value.Type, union.Fields)]);
        }

        return combined ?? new TypeShape(sawNull ? "null" : "any");
    }

    /// <summary>Shapes that all apply: the first one's type, the fields of all (merged by name).</summary>
    private static TypeShape Combine(IReadOnlyList<TypeShape> shapes)
    {
        List<SchemaDatasetFacetField>? fields = null;
        foreach (var shape in shapes.Where(s => s.Fields is not null))
        {
            fields ??= [];
            FieldTrees.Merge(fields, shape.Fields!);
        }

        return new TypeShape(shapes[0].Type, fields);
    }

    private TypeShape DescribeReference(JsonElement reference, JsonSchemaDocument document, string path, int depth)
    {
        if (reference.ValueKind != JsonValueKind.String)
        {
            throw _context.Error($"'$ref' at {Where(path)} must be a string but is {Abbreviate(reference)}");
        }

        var target = _documents.Resolve(reference.GetString()!, document, Where(path));

        // A recursive definition (e.g. a category with sub-categories) is cut where it repeats: the field's type
        // is the definition's name and it gets no nested fields.
        if (_expanding.Contains(target.Key) || depth >= ExtractionContext.MaxDepth)
        {
            return new TypeShape(target.TypeName);
        }

        _expanding.Add(target.Key);
        var shape = Describe(target.Target, target.Document, path, depth);
        _expanding.RemoveAt(_expanding.Count - 1);
        return shape;
    }

    /// <summary>The shape given by the schema's own <c>type</c>-related keywords, or <see langword="null"/> when it has none.</summary>
    private TypeShape? DescribeOwn(JsonElement schema, JsonSchemaDocument document, string path, int depth)
    {
        var types = DeclaredTypes(schema, path) ?? InferredTypes(schema);
        if (types is null)
        {
            return null;
        }

        var shapes = new List<TypeShape>();
        foreach (var type in types.Where(t => t != "null").Distinct(StringComparer.Ordinal))
        {
            shapes.Add(type switch
            {
                "object" => DescribeObject(schema, document, path, depth),
                "array" => DescribeArray(schema, document, path, depth),
                _ => new TypeShape(WithFormat(type, schema)),
            });
        }

        return TypeShape.Union(shapes);
    }

    private List<string>? DeclaredTypes(JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        var names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array when type.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String) =>
                type.EnumerateArray().Select(t => t.GetString()!).ToList(),
            _ => throw _context.Error($"'type' at {Where(path)} must be a string or an array of strings but is {Abbreviate(type)}"),
        };

        foreach (var name in names.Where(n => !KnownTypes.Contains(n)))
        {
            throw _context.Error($"unknown type '{name}' at {Where(path)} (expected one of {string.Join(", ", KnownTypes)})");
        }

        return names;
    }

    /// <summary>The type implied by other keywords when <c>type</c> is absent (many hand-written schemas omit it).</summary>
    private static List<string>? InferredTypes(JsonElement schema)
    {
        if (schema.TryGetProperty("properties", out _) || schema.TryGetProperty("additionalProperties", out _))
        {
            return ["object"];
        }

        if (schema.TryGetProperty("items", out _) || schema.TryGetProperty("prefixItems", out _))
        {
            return ["array"];
        }

        var values = schema.TryGetProperty("enum", out var enumValues) && enumValues.ValueKind == JsonValueKind.Array
            ? enumValues.EnumerateArray().ToList()
            : schema.TryGetProperty("const", out var constant) ? [constant] : null;
        return values?.Select(v => v.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => v.TryGetInt64(out _) ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "array",
            _ => "object",
        }).ToList();
    }

    private TypeShape DescribeObject(JsonElement schema, JsonSchemaDocument document, string path, int depth)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            if (properties.ValueKind != JsonValueKind.Object)
            {
                throw _context.Error($"'properties' at {Where(path)} must be an object but is {Abbreviate(properties)}");
            }

            if (depth >= ExtractionContext.MaxDepth)
            {
                return new TypeShape("object");
            }

            var fields = new List<SchemaDatasetFacetField>();
            foreach (var property in properties.EnumerateObject())
            {
                var fieldPath = FieldTrees.Child(path, property.Name);
                _context.CountField(fieldPath);
                _context.AddConfluentName(fieldPath, "$." + fieldPath);
                var shape = Describe(property.Value, document, fieldPath, depth + 1);
                _context.AddTags(fieldPath, InlineTags(property.Value, document, fieldPath));
                fields.Add(shape.ToField(property.Name, Annotation(property.Value, document, "description", Where(fieldPath))));
            }

            return new TypeShape("object", fields);
        }

        // An object without properties whose values all share one schema is a map.
        if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            return TypeShape.Map("string", Describe(values, document, path, depth));
        }

        return new TypeShape("object");
    }

    private TypeShape DescribeArray(JsonElement schema, JsonSchemaDocument document, string path, int depth)
    {
        // 2020-12 tuples use prefixItems; drafts up to 2019-09 use an items array.
        var tuple = schema.TryGetProperty("prefixItems", out var prefixItems) ? prefixItems
            : schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? items
            : (JsonElement?)null;
        if (tuple is { ValueKind: JsonValueKind.Array } members)
        {
            return TypeShape.Array(TypeShape.Union(members.EnumerateArray().Select(m => Describe(m, document, path, depth)).Where(s => s.Type != "null").ToList()));
        }

        return schema.TryGetProperty("items", out var item)
            ? TypeShape.Array(Describe(item, document, path, depth))
            : TypeShape.Array(new TypeShape("any"));
    }

    /// <summary><c>string (date-time)</c>: JSON Schema's <c>format</c> annotates a string, it does not replace it.</summary>
    private static string WithFormat(string type, JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && format.GetString() is { Length: > 0 } name
            ? $"{type} ({name})"
            : type;

    /// <summary>
    /// A string annotation (<c>description</c>, <c>title</c>) of a schema, or of the schema its <c>$ref</c> points
    /// to when it has none itself (a property that only says <c>"$ref": "#/$defs/Email"</c> is documented there).
    /// </summary>
    private string? Annotation(JsonElement schema, JsonSchemaDocument document, string keyword, string where)
    {
        for (var hop = 0; hop < MaxReferenceHops && schema.ValueKind == JsonValueKind.Object; hop++)
        {
            if (schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            if (!schema.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var target = _documents.Resolve(reference.GetString()!, document, where);
            (schema, document) = (target.Target, target.Document);
        }

        return null;
    }

    /// <summary>
    /// <c>"confluent:tags": ["PII"]</c> of a property's schema and of the schemas its <c>$ref</c> chain points to,
    /// so a definition tagged once (e.g. <c>$defs/Email</c>) tags every property that uses it.
    /// </summary>
    private List<string> InlineTags(JsonElement schema, JsonSchemaDocument document, string path)
    {
        var tags = new List<string>();
        for (var hop = 0; hop < MaxReferenceHops && schema.ValueKind == JsonValueKind.Object; hop++)
        {
            if (schema.TryGetProperty("confluent:tags", out var values))
            {
                if (values.ValueKind != JsonValueKind.Array || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    throw _context.Error($"'confluent:tags' at {Where(path)} must be an array of strings but is {Abbreviate(values)}");
                }

                tags.AddRange(values.EnumerateArray().Select(v => v.GetString()!));
            }

            if (!schema.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
            {
                break;
            }

            var target = _documents.Resolve(reference.GetString()!, document, Where(path));
            (schema, document) = (target.Target, target.Document);
        }

        return tags;
    }

    private IEnumerable<JsonElement> Members(JsonElement schema, string keyword, string path)
    {
        if (!schema.TryGetProperty(keyword, out var members))
        {
            return [];
        }

        return members.ValueKind == JsonValueKind.Array
            ? members.EnumerateArray().ToList()
            : throw _context.Error($"'{keyword}' at {Where(path)} must be an array but is {Abbreviate(members)}");
    }

    private static string Where(string path) => path.Length == 0 ? "the root schema" : $"property '{path}'";

    private static string Abbreviate(JsonElement element) => SchemaText.Abbreviate(element.GetRawText());
}
