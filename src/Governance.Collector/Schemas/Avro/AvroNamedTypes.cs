using System.Text.Json;

namespace Governance.Collector.Schemas.Avro;

/// <summary>A named Avro type (record, error, enum, fixed) with the definition it was declared by.</summary>
/// <param name="FullName">The full name, <c>namespace.name</c>.</param>
/// <param name="Namespace">The namespace names inside the definition are resolved against (<see langword="null"/> for none).</param>
/// <param name="Kind">The Avro kind: <c>record</c>, <c>error</c>, <c>enum</c> or <c>fixed</c>.</param>
/// <param name="Definition">The JSON object declaring the type.</param>
/// <param name="Origin">Where the definition comes from, for messages: <c>the schema</c> or <c>reference 'name'</c>.</param>
internal sealed record AvroNamedType(string FullName, string? Namespace, string Kind, JsonElement Definition, string Origin);

/// <summary>
/// The named types of one Avro schema and of the schemas it references, found before any field is expanded.
/// </summary>
/// <remarks>
/// Collecting every definition first (instead of defining names while expanding, as Avro parsers do) lets a
/// name be used before the record that defines it appears, which Avro forbids but hand-written schemas do; the
/// result is the same for valid schemas. A name that is not defined is asked from the
/// <see cref="ISchemaReferenceResolver"/> once, by full name, as Confluent registers Avro references.
/// </remarks>
internal sealed class AvroNamedTypes(ExtractionContext context, ISchemaReferenceResolver? references)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    private static readonly HashSet<string> Primitives = new(StringComparer.Ordinal)
    {
        "null", "boolean", "int", "long", "float", "double", "bytes", "string",
    };

    private readonly Dictionary<string, AvroNamedType> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _requested = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is an Avro primitive type name.</summary>
    public static bool IsPrimitive(string name) => Primitives.Contains(name);

    /// <summary>
    /// The full name and namespace of a named type per the Avro specification: a dotted name is already full;
    /// otherwise an explicit <c>namespace</c> (empty meaning none) wins over the enclosing one.
    /// </summary>
    public static (string FullName, string? Namespace) FullNameOf(string name, JsonElement definition, string? enclosingNamespace)
    {
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            return (name, name[..dot]);
        }

        var ns = definition.TryGetProperty("namespace", out var explicitNamespace) && explicitNamespace.ValueKind == JsonValueKind.String
            ? explicitNamespace.GetString()
            : enclosingNamespace;
        return string.IsNullOrEmpty(ns) ? (name, null) : ($"{ns}.{name}", ns);
    }

    /// <summary>Parses schema text and registers the named types it defines.</summary>
    /// <param name="text">The schema.</param>
    /// <param name="referenceName">The reference name when the text comes from a schema reference, else <see langword="null"/>.</param>
    /// <returns>The root of the schema (a copy that outlives the parsed document).</returns>
    public JsonElement Load(string text, string? referenceName)
    {
        var origin = referenceName is null ? "the schema" : $"reference '{referenceName}'";
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw context.Error($"{origin} is not valid JSON: {ex.Message}", ex);
        }

        Register(root, null, origin, referenceName is null ? "the root schema" : origin);
        return root;
    }

    /// <summary>
    /// The named type a type name refers to from inside <paramref name="enclosingNamespace"/>, asking the
    /// reference resolver when the loaded schemas do not define it.
    /// </summary>
    public AvroNamedType? Find(string name, string? enclosingNamespace)
    {
        // A simple name is looked up in the enclosing namespace first, then without namespace (as Avro Java does
        // for names of the null namespace).
        string[] candidates = name.Contains('.') || enclosingNamespace is null ? [name] : [$"{enclosingNamespace}.{name}", name];
        foreach (var candidate in candidates)
        {
            if (_types.TryGetValue(candidate, out var known))
            {
                return known;
            }
        }

        if (references is null)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (!_requested.Add(candidate) || references.Resolve(candidate) is not { } text)
            {
                continue;
            }

            Load(text, candidate);
            if (_types.TryGetValue(candidate, out var referenced))
            {
                return referenced;
            }

            throw context.Error($"reference '{candidate}' does not define the type '{candidate}'");
        }

        return null;
    }

    private void Register(JsonElement schema, string? enclosingNamespace, string origin, string where)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.String:
                return; // a primitive or a reference by name, resolved when expanded

            case JsonValueKind.Array:
                foreach (var member in schema.EnumerateArray())
                {
                    Register(member, enclosingNamespace, origin, where);
                }

                return;

            case JsonValueKind.Object:
                break;

            default:
                throw context.Error($"{where}: expected a type name, a type object or a union array but found {Describe(schema)}");
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            throw context.Error($"{where}: type object without 'type'");
        }

        if (type.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Register(type, enclosingNamespace, origin, where); // {"type": {...}} wraps a type
            return;
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            throw context.Error($"{where}: 'type' must be a string, an object or an array but is {Describe(type)}");
        }

        switch (type.GetString())
        {
            case "record" or "error":
                RegisterRecord(schema, enclosingNamespace, origin, where);
                return;

            case "enum" or "fixed":
                Add(schema, type.GetString()!, enclosingNamespace, origin, where);
                return;

            case "array":
                Register(Required(schema, "items", where), enclosingNamespace, origin, where);
                return;

            case "map":
                Register(Required(schema, "values", where), enclosingNamespace, origin, where);
                return;
        }
    }

    private void RegisterRecord(JsonElement record, string? enclosingNamespace, string origin, string where)
    {
        var named = Add(record, record.GetProperty("type").GetString()!, enclosingNamespace, origin, where);
        if (!record.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            throw context.Error($"record '{named.FullName}' has no 'fields' array");
        }

        foreach (var field in fields.EnumerateArray())
        {
            if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(name.GetString()))
            {
                throw context.Error($"record '{named.FullName}' has a field without a name: {Abbreviate(field)}");
            }

            var fieldWhere = $"field '{named.FullName}.{name.GetString()}'";
            Register(Required(field, "type", fieldWhere), named.Namespace, origin, fieldWhere);
        }
    }

    private AvroNamedType Add(JsonElement definition, string kind, string? enclosingNamespace, string origin, string where)
    {
        if (!definition.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || string.IsNullOrEmpty(nameElement.GetString()))
        {
            throw context.Error($"{where}: {kind} without a name: {Abbreviate(definition)}");
        }

        var (fullName, ns) = FullNameOf(nameElement.GetString()!, definition, enclosingNamespace);
        var named = new AvroNamedType(fullName, ns, kind, definition, origin);
        if (_types.TryGetValue(fullName, out var existing))
        {
            // The same definition loaded twice (e.g. inlined and referenced) is harmless; two different ones are not.
            if (!JsonElement.DeepEquals(existing.Definition, definition))
            {
                var places = existing.Origin == origin ? $"in {origin}" : $"in {existing.Origin} and in {origin}";
                throw context.Error($"type '{fullName}' is defined twice, differently, {places}");
            }

            return existing;
        }

        _types[fullName] = named;
        return named;
    }

    private JsonElement Required(JsonElement schema, string property, string where) =>
        schema.TryGetProperty(property, out var value)
            ? value
            : throw context.Error($"{where}: '{property}' is missing in {Abbreviate(schema)}");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    /// <summary>The JSON of an element, cut to a length that fits in a message.</summary>
    internal static string Abbreviate(JsonElement element) => SchemaText.Abbreviate(element.GetRawText());
}
