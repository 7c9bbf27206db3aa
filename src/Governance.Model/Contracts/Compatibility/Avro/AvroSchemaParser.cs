using System.Text.Json;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Compatibility.Avro;

/// <summary>
/// Reads Avro schema JSON (the Avro specification's "Schema Declaration") into <see cref="AvroType"/>s, validating
/// names, defaults and unions. A name that is neither primitive nor defined earlier in the same schema is an error:
/// schema references to other subjects are not resolved.
/// </summary>
internal sealed partial class AvroSchemaParser
{
    private readonly Dictionary<string, AvroNamedType> _named = new(StringComparer.Ordinal);

    private AvroSchemaParser()
    {
    }

    /// <summary>Parses one schema text. Throws <see cref="SchemaFormatException"/> saying where and what is wrong.</summary>
    public static AvroType Parse(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new SchemaFormatException($"the text is not valid JSON ({e.Message})");
        }

        using (document)
        {
            return new AvroSchemaParser().ParseType(document.RootElement, null, "$");
        }
    }

    private AvroType ParseType(JsonElement e, string? ns, string path) => e.ValueKind switch
    {
        JsonValueKind.String => ResolveName(e.GetString()!, ns, path),
        JsonValueKind.Array => ParseUnion(e, ns, path),
        JsonValueKind.Object => ParseObject(e, ns, path),
        _ => throw Error(path, $"expected a type name, a type object or a union array, found {Describe(e)}"),
    };

    private AvroType ResolveName(string name, string? ns, string path)
    {
        if (AvroTypeNames.TryGetPrimitive(name, out var kind))
        {
            return new AvroPrimitive(kind);
        }

        var qualified = name.Contains('.') || string.IsNullOrEmpty(ns) ? name : $"{ns}.{name}";
        if (_named.TryGetValue(qualified, out var type) || _named.TryGetValue(name, out type))
        {
            return type;
        }

        throw Error(path, $"unknown type '{name}': it is neither a primitive type nor a named type defined earlier in this "
            + "schema (references to other subjects are not resolved)");
    }

    private AvroType ParseObject(JsonElement e, string? ns, string path)
    {
        if (!e.TryGetProperty("type", out var typeElement))
        {
            throw Error(path, "a type object needs a \"type\"");
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            // {"type": {...}} or {"type": [...]}: the nested value is the schema.
            return ParseType(typeElement, ns, path + ".type");
        }

        var type = typeElement.GetString()!;
        if (AvroTypeNames.TryGetPrimitive(type, out var kind))
        {
            var primitive = new AvroPrimitive(kind);
            AvroLogicalTypes.Annotate(primitive, e);
            return primitive;
        }

        return type switch
        {
            "record" or "error" => ParseRecord(e, ns, path),
            "enum" => ParseEnum(e, ns, path),
            "fixed" => ParseFixed(e, ns, path),
            "array" => new AvroArray(ParseType(Required(e, "items", path), ns, path + ".items")),
            "map" => new AvroMap(ParseType(Required(e, "values", path), ns, path + ".values")),
            _ => ResolveName(type, ns, path),
        };
    }

    private AvroRecord ParseRecord(JsonElement e, string? ns, string path)
    {
        var (fullName, recordNs, aliases) = ParseName(e, ns, path);
        var record = Register(new AvroRecord(fullName, aliases), path);
        var fields = Required(e, "fields", path);
        if (fields.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, $"\"fields\" of record {fullName} must be an array");
        }

        var index = 0;
        foreach (var f in fields.EnumerateArray())
        {
            var fieldPath = $"{path}.fields[{index++}]";
            if (f.ValueKind != JsonValueKind.Object)
            {
                throw Error(fieldPath, "a field must be an object");
            }

            var name = RequiredString(f, "name", fieldPath);
            CheckName(name, fieldPath);
            if (record.Fields.Any(x => x.Name == name))
            {
                throw Error(fieldPath, $"record {fullName} declares field '{name}' twice");
            }

            var type = ParseType(Required(f, "type", fieldPath), recordNs, fieldPath + ".type");
            var hasDefault = f.TryGetProperty("default", out var defaultValue);
            if (hasDefault && !AvroDefaults.IsValid(type, defaultValue))
            {
                throw Error(fieldPath, $"the default {defaultValue.GetRawText()} of field '{name}' is not a valid {type.Display}");
            }

            record.Fields.Add(new AvroField(name, type, hasDefault, Strings(f, "aliases", fieldPath)));
        }

        return record;
    }

    private AvroEnum ParseEnum(JsonElement e, string? ns, string path)
    {
        var (fullName, _, aliases) = ParseName(e, ns, path);
        var symbols = Strings(e, "symbols", path, required: true);
        foreach (var symbol in symbols)
        {
            CheckName(symbol, path + ".symbols");
        }

        if (symbols.Distinct(StringComparer.Ordinal).Count() != symbols.Count)
        {
            throw Error(path, $"enum {fullName} repeats a symbol");
        }

        string? defaultSymbol = null;
        if (e.TryGetProperty("default", out var d))
        {
            defaultSymbol = d.ValueKind == JsonValueKind.String && symbols.Contains(d.GetString()!)
                ? d.GetString()
                : throw Error(path, $"the default {d.GetRawText()} of enum {fullName} is not one of its symbols");
        }

        return Register(new AvroEnum(fullName, aliases, symbols, defaultSymbol), path);
    }

    private AvroType ParseFixed(JsonElement e, string? ns, string path)
    {
        var (fullName, _, aliases) = ParseName(e, ns, path);
        var size = Required(e, "size", path);
        if (size.ValueKind != JsonValueKind.Number || !size.TryGetInt32(out var bytes) || bytes < 0)
        {
            throw Error(path, $"\"size\" of fixed {fullName} must be a non-negative integer");
        }

        var fixedType = Register(new AvroFixed(fullName, aliases, bytes), path);
        AvroLogicalTypes.Annotate(fixedType, e);
        return fixedType;
    }

    private AvroUnion ParseUnion(JsonElement e, string? ns, string path)
    {
        var branches = new List<AvroType>();
        var index = 0;
        foreach (var item in e.EnumerateArray())
        {
            var branchPath = $"{path}[{index++}]";
            var branch = ParseType(item, ns, branchPath);
            if (branch is AvroUnion)
            {
                throw Error(branchPath, "a union may not immediately contain another union");
            }

            var key = branch is AvroNamedType named ? named.FullName : AvroTypeNames.Of(branch.Kind);
            if (branches.Any(b => (b is AvroNamedType n ? n.FullName : AvroTypeNames.Of(b.Kind)) == key))
            {
                throw Error(branchPath, $"the union contains {key} twice");
            }

            branches.Add(branch);
        }

        return new AvroUnion(branches);
    }

    private (string FullName, string? Namespace, IReadOnlyList<string> Aliases) ParseName(JsonElement e, string? ns, string path)
    {
        var name = RequiredString(e, "name", path);
        string? space = e.TryGetProperty("namespace", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : ns;
        var lastDot = name.LastIndexOf('.');
        if (lastDot >= 0)
        {
            space = name[..lastDot];
        }

        var simple = lastDot >= 0 ? name[(lastDot + 1)..] : name;
        CheckName(simple, path);
        if (!string.IsNullOrEmpty(space))
        {
            foreach (var part in space.Split('.'))
            {
                CheckName(part, path);
            }
        }

        var qualify = (string s) => s.Contains('.') || string.IsNullOrEmpty(space) ? s : $"{space}.{s}";
        var aliases = Strings(e, "aliases", path).Select(qualify).ToArray();
        return (qualify(simple), string.IsNullOrEmpty(space) ? null : space, aliases);
    }

    private T Register<T>(T type, string path)
        where T : AvroNamedType
    {
        if (!_named.TryAdd(type.FullName, type))
        {
            throw Error(path, $"the name {type.FullName} is defined twice");
        }

        return type;
    }

    private static JsonElement Required(JsonElement e, string property, string path) =>
        e.TryGetProperty(property, out var value) ? value : throw Error(path, $"missing \"{property}\"");

    private static string RequiredString(JsonElement e, string property, string path) =>
        Required(e, property, path) is { ValueKind: JsonValueKind.String } s
            ? s.GetString()!
            : throw Error(path, $"\"{property}\" must be a string");

    private static IReadOnlyList<string> Strings(JsonElement e, string property, string path, bool required = false)
    {
        if (!e.TryGetProperty(property, out var value))
        {
            return required ? throw Error(path, $"missing \"{property}\"") : [];
        }

        return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : throw Error(path, $"\"{property}\" must be an array of strings");
    }

    private static void CheckName(string name, string path)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw Error(path, $"'{name}' is not a valid Avro name (letters, digits and '_', not starting with a digit)");
        }
    }

    private static string Describe(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant() + $" {e.GetRawText()}";

    private static SchemaFormatException Error(string path, string message) => new($"at {path}: {message}");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
