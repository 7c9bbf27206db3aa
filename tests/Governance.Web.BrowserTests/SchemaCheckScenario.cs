using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Web.BrowserTests;

/// <summary>
/// A registered topic schema and two jobs downstream of it: invoicing reads the topic and writes
/// invoices, dunning reads the invoices. Each job declares its owning team.
/// </summary>
public static class SchemaCheckScenario
{
    public const string Kafka = "kafka://billing-broker:9092";
    public const string Topic = "orders.checked.v1";
    public const string Subject = Topic + "-value";
    public const string Invoices = "invoices.v1";
    public const string Invoicing = "invoicing";
    public const string Dunning = "dunning";

    public const string V1 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"amount","type":"double"}]}""";

    /// <summary>Adds a field without a default: consumers upgrading to it cannot read the records already written.</summary>
    public const string Breaking = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"amount","type":"double"},{"name":"currency","type":"string"}]}""";

    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<JsonObject> Events()
    {
        var facets = new JsonObject
        {
            ["schema"] = Stamp(new JsonObject
            {
                ["fields"] = new JsonArray(new JsonObject { ["name"] = "id", ["type"] = "string" }, new JsonObject { ["name"] = "amount", ["type"] = "double" }),
            }, FacetSchemaUrls.For("SchemaDatasetFacet")),
            [GovernanceFacets.SchemaRegistry.Key] = Stamp(new JsonObject
            {
                ["subjects"] = new JsonArray(new JsonObject
                {
                    ["role"] = "value", ["subject"] = Subject, ["version"] = 1, ["schemaId"] = 501, ["schemaType"] = "AVRO",
                    ["compatibility"] = "BACKWARD", ["schema"] = V1,
                }),
            }, GovernanceFacets.SchemaRegistry.SchemaUrl("http://portal.test")),
        };
        yield return new JsonObject
        {
            ["eventTime"] = Time(Start),
            ["producer"] = "urn:governance:collector:1.0.0",
            ["schemaURL"] = FacetSchemaUrls.DatasetEvent,
            ["dataset"] = new JsonObject { ["namespace"] = Kafka, ["name"] = Topic, ["facets"] = facets },
        };
        yield return Job(Invoicing, "team-billing", [Topic], [Invoices]);
        yield return Job(Dunning, "team-collections", [Invoices], []);
    }

    private static JsonObject Job(string name, string owner, string[] inputs, string[] outputs) => new()
    {
        ["eventTime"] = Time(Start.AddMinutes(1)),
        ["producer"] = "https://github.com/acme/billing",
        ["schemaURL"] = FacetSchemaUrls.JobEvent,
        ["job"] = new JsonObject
        {
            ["namespace"] = "billing",
            ["name"] = name,
            ["facets"] = new JsonObject
            {
                ["ownership"] = Stamp(new JsonObject { ["owners"] = new JsonArray(new JsonObject { ["name"] = owner, ["type"] = "TEAM" }) },
                    FacetSchemaUrls.For("OwnershipJobFacet")),
            },
        },
        ["inputs"] = new JsonArray(inputs.Select(i => (JsonNode)new JsonObject { ["namespace"] = Kafka, ["name"] = i }).ToArray()),
        ["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)new JsonObject { ["namespace"] = Kafka, ["name"] = o }).ToArray()),
    };

    private static JsonObject Stamp(JsonObject facet, string schemaUrl)
    {
        facet["_producer"] = "urn:governance:collector:1.0.0";
        facet["_schemaURL"] = schemaUrl;
        return facet;
    }

    private static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
