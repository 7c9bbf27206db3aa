using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.SchemaRegistry;

/// <summary>The body of <c>POST /subjects/{subject}/versions</c> and <c>POST /subjects/{subject}</c>.</summary>
internal sealed record RegisterRequest(
    string Schema,
    string SchemaType,
    IReadOnlyList<SchemaReferenceScenario> References,
    JsonObject? Metadata,
    JsonObject? RuleSet)
{
    private string Canonical { get; } = SchemaText.Canonical(SchemaType, Schema);

    public static RegisterRequest Parse(JsonNode? body)
    {
        if (body is not JsonObject o) throw RegistryError.BadRequest("The request body must be a JSON object.");
        try
        {
            var schema = o["schema"]?.GetValue<string>() ?? throw RegistryError.InvalidSchema("the field 'schema' is missing");
            var type = o["schemaType"]?.GetValue<string>()?.ToUpperInvariant() ?? "AVRO";
            var references = (o["references"] as JsonArray ?? [])
                .Select(r => new SchemaReferenceScenario
                {
                    Name = r?["name"]?.GetValue<string>() ?? "",
                    Subject = r?["subject"]?.GetValue<string>() ?? "",
                    Version = r?["version"]?.GetValue<int>() ?? 0,
                })
                .ToList();
            return new RegisterRequest(schema, type, references, o["metadata"] as JsonObject, o["ruleSet"] as JsonObject);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            throw RegistryError.BadRequest($"Malformed request: {e.Message}");
        }
    }

    /// <summary>
    /// Whether a registered version is this schema: same type, same schema text (ignoring formatting) and
    /// references; metadata and rules count only when the request gives them.
    /// </summary>
    public bool Matches(SchemaVersionScenario version) =>
        version.SchemaType == SchemaType
        && SchemaText.Canonical(version) == Canonical
        && version.References.Count == References.Count
        && version.References.Zip(References).All(p => p.First.Name == p.Second.Name && p.First.Subject == p.Second.Subject && p.First.Version == p.Second.Version)
        && (Metadata is null || JsonNode.DeepEquals(Metadata, version.Metadata))
        && (RuleSet is null || JsonNode.DeepEquals(RuleSet, version.RuleSet));
}
