using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Governance.Simulator.SchemaRegistry;

/// <summary>Validation and the comparison form of schema texts, per schema type.</summary>
internal static partial class SchemaText
{
    public static readonly string[] Types = ["AVRO", "JSON", "PROTOBUF"];

    /// <summary>Throws <see cref="RegistryError.InvalidSchema"/> unless the text is plausibly a schema of the type.</summary>
    public static void Validate(string type, string schema)
    {
        if (!Types.Contains(type)) throw RegistryError.InvalidSchema($"unknown schema type '{type}'");
        if (string.IsNullOrWhiteSpace(schema)) throw RegistryError.InvalidSchema("empty schema");
        switch (type)
        {
            case "AVRO":
                switch (Parse(schema))
                {
                    case JsonObject o when o["type"] is null:
                        throw RegistryError.InvalidSchema("No type: " + schema);
                    case JsonObject or JsonArray:
                    case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                        break;
                    default:
                        throw RegistryError.InvalidSchema("not an Avro schema: " + schema);
                }

                break;
            case "JSON":
                var json = Parse(schema);
                if (json is not JsonObject && json?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw RegistryError.InvalidSchema("a JSON schema must be an object or a boolean");
                }

                break;
            case "PROTOBUF":
                if (!ProtoDefinition().IsMatch(schema) || schema.Count(c => c == '{') != schema.Count(c => c == '}'))
                {
                    throw RegistryError.InvalidSchema("not a Protobuf schema");
                }

                break;
        }
    }

    // Canonical forms of registered versions, recomputed only when a version's text changes.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Scenario.SchemaVersionScenario, Tuple<string, string>> Cache = new();

    /// <summary>The canonical form of a registered version's text (cached; registries hold thousands of versions).</summary>
    public static string Canonical(Scenario.SchemaVersionScenario version)
    {
        if (Cache.TryGetValue(version, out var cached) && ReferenceEquals(cached.Item1, version.Schema)) return cached.Item2;
        var canonical = Canonical(version.SchemaType, version.Schema);
        Cache.AddOrUpdate(version, Tuple.Create(version.Schema, canonical));
        return canonical;
    }

    /// <summary>The text two registrations are compared by: minified JSON, or whitespace-collapsed Protobuf.</summary>
    public static string Canonical(string type, string schema)
    {
        if (type == "PROTOBUF") return Whitespace().Replace(schema, " ").Trim();
        try
        {
            return JsonNode.Parse(schema)?.ToJsonString() ?? schema;
        }
        catch (JsonException)
        {
            return schema;
        }
    }

    private static JsonNode? Parse(string schema)
    {
        try
        {
            return JsonNode.Parse(schema);
        }
        catch (JsonException e)
        {
            throw RegistryError.InvalidSchema(e.Message);
        }
    }

    [GeneratedRegex(@"\b(message|enum|service)\s+[A-Za-z_][A-Za-z0-9_]*\s*\{")]
    private static partial Regex ProtoDefinition();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
