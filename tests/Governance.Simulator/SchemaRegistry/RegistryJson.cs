using System.Text.Json.Nodes;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.SchemaRegistry;

/// <summary>The registry's response bodies. AVRO omits <c>schemaType</c>; empty references and absent metadata/rules are omitted, as the registry does.</summary>
internal static class RegistryJson
{
    public static JsonObject Schema(string subject, SchemaVersionScenario version)
    {
        var body = new JsonObject
        {
            ["subject"] = subject,
            ["version"] = version.Version,
            ["id"] = version.Id,
        };
        AddContent(body, version);
        return body;
    }

    /// <summary>The body of <c>GET /schemas/ids/{id}</c>.</summary>
    public static JsonObject SchemaString(SchemaVersionScenario version)
    {
        var body = new JsonObject();
        AddContent(body, version);
        return body;
    }

    public static JsonArray References(IEnumerable<SchemaReferenceScenario> references)
    {
        var array = new JsonArray();
        foreach (var reference in references)
        {
            array.Add(new JsonObject { ["name"] = reference.Name, ["subject"] = reference.Subject, ["version"] = reference.Version });
        }

        return array;
    }

    private static void AddContent(JsonObject body, SchemaVersionScenario version)
    {
        if (version.SchemaType != "AVRO") body["schemaType"] = version.SchemaType;
        if (version.References.Count > 0) body["references"] = References(version.References);
        // Scenario nodes belong to the scenario: the response gets copies.
        if (version.Metadata is not null) body["metadata"] = version.Metadata.DeepClone();
        if (version.RuleSet is not null) body["ruleSet"] = version.RuleSet.DeepClone();
        body["schema"] = version.Schema;
    }
}
