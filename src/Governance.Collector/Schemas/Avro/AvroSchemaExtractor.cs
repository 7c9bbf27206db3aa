using System.Text.Json;
using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas.Avro;

/// <summary>
/// Reads an Avro schema (JSON) into fields: records nest, arrays and maps take their item's or value's fields,
/// unions drop <c>null</c>, named types are written by full name (see <see cref="SchemaFieldExtractor"/>).
/// </summary>
internal sealed class AvroSchemaExtractor
{
    private readonly ExtractionContext _context = new("AVRO");
    private readonly AvroNamedTypes _types;

    // Records being expanded on the current path: a record met again is recursive and is not expanded again.
    private readonly List<string> _expanding = [];

    private AvroSchemaExtractor(ISchemaReferenceResolver? references) => _types = new AvroNamedTypes(_context, references);

    /// <summary>Extracts the fields of an Avro schema.</summary>
    /// <exception cref="SchemaParseException">The schema is not valid JSON, not a valid Avro schema, or uses a
    /// type that neither it nor its references define.</exception>
    public static ExtractedSchema Extract(string schema, ISchemaReferenceResolver? references)
    {
        var extractor = new AvroSchemaExtractor(references);
        var root = extractor._types.Load(schema, referenceName: null);
        var shape = extractor.Describe(root, null, "", 0);
        var record = extractor.RootRecord(root);
        return extractor._context.Build(
            shape.Fields ?? [],
            record is null ? null : Doc(record.Definition),
            record?.FullName);
    }

    /// <summary>The record the whole schema is, when it is one (directly or by name).</summary>
    private AvroNamedType? RootRecord(JsonElement root)
    {
        var named = root.ValueKind switch
        {
            JsonValueKind.String when !AvroNamedTypes.IsPrimitive(root.GetString()!) => _types.Find(root.GetString()!, null),
            JsonValueKind.Object when root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() is "record" or "error" => DefinedBy(root, null),
            _ => null,
        };
        return named?.Kind is "record" or "error" ? named : null;
    }

    /// <summary>The shape of a type; <paramref name="depth"/> is the nesting level its fields would get.</summary>
    private TypeShape Describe(JsonElement schema, string? ns, string path, int depth)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.String:
                var name = schema.GetString()!;
                if (AvroNamedTypes.IsPrimitive(name))
                {
                    return new TypeShape(name);
                }

                var named = _types.Find(name, ns)
                    ?? throw _context.Error($"unknown type '{name}' at {Where(path)}: it is not defined in the schema and no schema reference resolves it");
                return DescribeNamed(named, path, depth);

            case JsonValueKind.Array:
                var members = new List<TypeShape>();
                foreach (var member in schema.EnumerateArray())
                {
                    if (member.ValueKind == JsonValueKind.Array)
                    {
                        throw _context.Error($"a union directly inside a union at {Where(path)} (Avro forbids it)");
                    }

                    if (!IsNull(member))
                    {
                        members.Add(Describe(member, ns, path, depth));
                    }
                }

                return TypeShape.Union(members);

            default:
                return DescribeObject(schema, ns, path, depth);
        }
    }

    private TypeShape DescribeObject(JsonElement schema, string? ns, string path, int depth)
    {
        // Register() already rejected objects without a usable "type".
        var type = schema.GetProperty("type");
        if (type.ValueKind != JsonValueKind.String)
        {
            return Describe(type, ns, path, depth);
        }

        var kind = type.GetString()!;
        switch (kind)
        {
            case "record" or "error" or "enum" or "fixed":
                return DescribeNamed(DefinedBy(schema, ns), path, depth);
            case "array":
                return TypeShape.Array(Describe(schema.GetProperty("items"), ns, path, depth));
            case "map":
                return TypeShape.Map("string", Describe(schema.GetProperty("values"), ns, path, depth));
            default:
                if (AvroNamedTypes.IsPrimitive(kind))
                {
                    return new TypeShape(AvroLogicalTypes.Describe(kind, schema) ?? kind);
                }

                // {"type": "com.retail.Address"}: a reference by name written as a type object.
                return Describe(type, ns, path, depth);
        }
    }

    private TypeShape DescribeNamed(AvroNamedType named, string path, int depth)
    {
        switch (named.Kind)
        {
            case "enum":
                return new TypeShape(named.FullName);
            case "fixed":
                return new TypeShape(AvroLogicalTypes.Describe("fixed", named.Definition) ?? named.FullName);
        }

        // A recursive record (e.g. a category with sub-categories) is cut where it repeats: the field keeps the
        // record's name as its type and gets no nested fields.
        if (_expanding.Contains(named.FullName) || depth >= ExtractionContext.MaxDepth)
        {
            return new TypeShape(named.FullName);
        }

        _expanding.Add(named.FullName);
        var fields = new List<SchemaDatasetFacetField>();
        foreach (var field in named.Definition.GetProperty("fields").EnumerateArray())
        {
            var fieldName = field.GetProperty("name").GetString()!;
            var fieldPath = FieldTrees.Child(path, fieldName);
            _context.CountField(fieldPath);
            _context.AddConfluentName(fieldPath, $"{named.FullName}.{fieldName}");
            _context.AddTags(fieldPath, InlineTags(field, named.FullName, fieldName));
            var shape = Describe(field.GetProperty("type"), named.Namespace, fieldPath, depth + 1);
            fields.Add(shape.ToField(fieldName, Doc(field)));
        }

        _expanding.RemoveAt(_expanding.Count - 1);
        return new TypeShape(named.FullName, fields);
    }

    /// <summary>The named type registered for a definition object.</summary>
    private AvroNamedType DefinedBy(JsonElement definition, string? ns)
    {
        var (fullName, _) = AvroNamedTypes.FullNameOf(definition.GetProperty("name").GetString()!, definition, ns);
        return _types.Find(fullName, null) ?? throw new InvalidOperationException($"'{fullName}' was not registered");
    }

    /// <summary>Field-level <c>"confluent:tags": ["PII"]</c>, as Confluent's data contracts write them.</summary>
    private IEnumerable<string> InlineTags(JsonElement field, string record, string fieldName)
    {
        if (!field.TryGetProperty("confluent:tags", out var tags))
        {
            return [];
        }

        if (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
        {
            throw _context.Error($"'confluent:tags' of field '{record}.{fieldName}' must be an array of strings but is {AvroNamedTypes.Abbreviate(tags)}");
        }

        return tags.EnumerateArray().Select(t => t.GetString()!).ToList();
    }

    private static bool IsNull(JsonElement schema) =>
        (schema.ValueKind == JsonValueKind.String && schema.GetString() == "null")
        || (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String && type.GetString() == "null");

    private static string? Doc(JsonElement element) =>
        element.TryGetProperty("doc", out var doc) && doc.ValueKind == JsonValueKind.String ? doc.GetString() : null;

    private static string Where(string path) => path.Length == 0 ? "the root schema" : $"field '{path}'";
}
