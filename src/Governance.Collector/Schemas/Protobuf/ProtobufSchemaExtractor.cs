using Governance.Model.OpenLineage;

namespace Governance.Collector.Schemas.Protobuf;

/// <summary>
/// Reads a Protobuf schema into fields. The first message of the file is the record (as Confluent's serializers
/// use it); its fields follow declaration order with <c>oneof</c> members in place, <c>repeated</c> becomes
/// <c>array&lt;T&gt;</c>, maps <c>map&lt;K,V&gt;</c>, and message-typed fields nest (see
/// <see cref="SchemaFieldExtractor"/>).
/// </summary>
internal sealed class ProtobufSchemaExtractor
{
    private static readonly HashSet<string> Scalars = new(StringComparer.Ordinal)
    {
        "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
        "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
    };

    // Files Confluent's Schema Registry knows without a reference (well-known types, google.type, its own
    // meta.proto and decimal); their types stay unexpanded names when no reference supplies them.
    private static readonly string[] BuiltInImports = ["google/protobuf/", "google/type/", "confluent/"];
    private static readonly string[] BuiltInPackages = ["google.", "confluent."];

    private readonly ExtractionContext _context = new("PROTOBUF");
    private readonly ISchemaReferenceResolver? _references;
    private readonly Dictionary<string, object> _symbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loadedImports = new(StringComparer.Ordinal);

    // Messages being expanded on the current path: a message met again is recursive and is not expanded again.
    private readonly List<string> _expanding = [];

    private ProtobufSchemaExtractor(ISchemaReferenceResolver? references) => _references = references;

    /// <summary>Extracts the fields of the first message of a <c>.proto</c> schema.</summary>
    /// <exception cref="SchemaParseException">The text is not valid, defines no message, imports a file no
    /// reference supplies, or uses an unknown type.</exception>
    public static ExtractedSchema Extract(string schema, ISchemaReferenceResolver? references)
    {
        var extractor = new ProtobufSchemaExtractor(references);
        var file = ProtoParser.Parse(extractor._context, schema, "");
        extractor.Load(file);
        if (file.Messages.Count == 0)
        {
            throw extractor._context.Error("the schema defines no message (the first message is the record)");
        }

        var record = file.Messages[0];
        var fields = extractor.ExpandMessage(record, "", 0);
        return extractor._context.Build(fields, record.Description, record.FullName);
    }

    private void Load(ProtoFile file)
    {
        foreach (var message in file.Messages)
        {
            AddSymbols(message);
        }

        foreach (var enumeration in file.Enums)
        {
            _symbols.TryAdd(enumeration.FullName, enumeration);
        }

        foreach (var import in file.Imports)
        {
            if (!_loadedImports.Add(import))
            {
                continue;
            }

            var text = _references?.Resolve(import);
            if (text is null)
            {
                if (BuiltInImports.Any(prefix => import.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    continue;
                }

                throw _context.Error($"import '{import}' is not resolved by a schema reference");
            }

            Load(ProtoParser.Parse(_context, text, import));
        }
    }

    private void AddSymbols(ProtoMessage message)
    {
        // The first definition of a name wins: the subject's own file is loaded before its imports.
        _symbols.TryAdd(message.FullName, message);
        foreach (var nested in message.Messages)
        {
            AddSymbols(nested);
        }

        foreach (var enumeration in message.Enums)
        {
            _symbols.TryAdd(enumeration.FullName, enumeration);
        }
    }

    /// <summary>The fields of a message, at nesting level <paramref name="depth"/>.</summary>
    private List<SchemaDatasetFacetField> ExpandMessage(ProtoMessage message, string path, int depth)
    {
        _expanding.Add(message.FullName);
        var fields = new List<SchemaDatasetFacetField>();
        foreach (var field in message.Fields)
        {
            var fieldPath = FieldTrees.Child(path, field.Name);
            _context.CountField(fieldPath);
            _context.AddConfluentName(fieldPath, $"{message.FullName}.{field.Name}");
            _context.AddTags(fieldPath, field.Tags);
            var shape = DescribeType(field.Type, message, field, fieldPath, depth + 1);
            if (field.MapKeyType is not null)
            {
                shape = TypeShape.Map(field.MapKeyType, shape);
            }
            else if (field.Repeated)
            {
                shape = TypeShape.Array(shape);
            }

            fields.Add(shape.ToField(field.Name, field.Description));
        }

        _expanding.RemoveAt(_expanding.Count - 1);
        return fields;
    }

    private TypeShape DescribeType(string typeName, ProtoMessage scope, ProtoField field, string path, int depth)
    {
        if (Scalars.Contains(typeName))
        {
            return new TypeShape(typeName);
        }

        switch (Resolve(typeName, scope.FullName))
        {
            case ProtoEnum enumeration:
                return new TypeShape(enumeration.FullName);

            case ProtoMessage message:
                // A recursive message (e.g. a category with sub-categories) is cut where it repeats: the field's
                // type is the message name and it gets no nested fields.
                return _expanding.Contains(message.FullName) || depth >= ExtractionContext.MaxDepth
                    ? new TypeShape(message.FullName)
                    : new TypeShape(message.FullName, ExpandMessage(message, path, depth));
        }

        var qualified = typeName.TrimStart('.');
        if (BuiltInPackages.Any(prefix => qualified.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return new TypeShape(qualified); // e.g. google.protobuf.Timestamp without its file
        }

        throw _context.Error($"unknown type '{typeName}' of field '{scope.FullName}.{field.Name}' (line {field.Line}): it is not defined in the schema or its imports");
    }

    /// <summary>
    /// Protobuf name resolution: a dot-prefixed name is absolute; otherwise the name is looked up in the
    /// enclosing message, then outwards through the enclosing messages and the package's parents.
    /// </summary>
    private object? Resolve(string typeName, string scope)
    {
        if (typeName.StartsWith('.'))
        {
            return _symbols.GetValueOrDefault(typeName[1..]);
        }

        while (true)
        {
            var candidate = scope.Length == 0 ? typeName : $"{scope}.{typeName}";
            if (_symbols.TryGetValue(candidate, out var symbol))
            {
                return symbol;
            }

            if (scope.Length == 0)
            {
                return null;
            }

            var dot = scope.LastIndexOf('.');
            scope = dot < 0 ? "" : scope[..dot];
        }
    }
}
