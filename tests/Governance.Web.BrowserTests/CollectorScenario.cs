using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Web.BrowserTests;

/// <summary>
/// A CRM topic as the Kafka collector reports it: the topic with its schema, owner, PII tags,
/// partitions and configuration; the connector that writes it and the billing consumer group that
/// reads it, each with evidence; the group's lag heartbeats; and a search indexer whose heartbeats
/// give no evidence for what it reads.
/// </summary>
public static class CollectorScenario
{
    public const string Kafka = "kafka://crm-broker:9092";
    public const string Customers = "customers.v1";
    public const string Owner = "team-crm";
    public const string Connector = "crm-connector";
    public const string Billing = "billing";
    public const string Indexer = "search-indexer";
    public const string BillingEvidence = "partition 0 committed at offset 48000";
    public const string Producer = "urn:governance:collector:1.0.0";
    public const string IndexerProducer = "https://github.com/acme/search-indexer";

    /// <summary>Events naming the topic: the topic, two job events, five billing and two indexer heartbeats.</summary>
    public const int EventCount = 10;

    /// <summary>Billing's heartbeats, oldest first; the last verdict is the group's current one.</summary>
    public static readonly string[] BillingVerdicts = ["OK", "OK", "WARN", "WARN", "STALL"];

    private const string Portal = "http://portal.test";
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<JsonObject> Events()
    {
        yield return Topic();
        yield return Job(Connector, Start, inputs: [], outputs: [("CONNECTOR_CONFIG", "topics=customers.v1")]);
        yield return Job(Billing, Start, inputs: [("COMMITTED_OFFSET", BillingEvidence)], outputs: []);
        for (var i = 0; i < BillingVerdicts.Length; i++)
        {
            yield return Heartbeat(Billing, Producer, Start.AddMinutes(i + 1), BillingVerdicts[i], committed: 48_000 + i * 10, logEnd: 48_040 + i * 40);
        }

        yield return Heartbeat(Indexer, IndexerProducer, Start.AddMinutes(1), "OK", committed: 48_040, logEnd: 48_040);
        yield return Heartbeat(Indexer, IndexerProducer, Start.AddMinutes(2), "OK", committed: 48_080, logEnd: 48_080);
    }

    private static JsonObject Topic()
    {
        var facets = new JsonObject
        {
            ["schema"] = Standard("SchemaDatasetFacet", new JsonObject
            {
                ["fields"] = new JsonArray(
                    Field("customer_id", "string", "Loyalty customer identifier."),
                    Field("email", "string", "Where receipts go."),
                    Field("address", "record", "Postal address.", Field("street", "string", null), Field("city", "string", null)),
                    Field("loyalty_tier", "string", "NEW, REGULAR or VIP.")),
            }),
            ["datasetType"] = Standard("DatasetTypeDatasetFacet", new JsonObject { ["datasetType"] = "TOPIC" }),
            ["dataSource"] = Standard("DatasourceDatasetFacet", new JsonObject { ["name"] = "crm", ["uri"] = Kafka }),
            ["documentation"] = Standard("DocumentationDatasetFacet", new JsonObject { ["description"] = "Customer master data from the CRM." }),
            ["ownership"] = Standard("OwnershipDatasetFacet", new JsonObject
            {
                ["owners"] = new JsonArray(new JsonObject { ["name"] = Owner, ["type"] = "TEAM" }),
            }),
            ["tags"] = Standard("TagsDatasetFacet", new JsonObject
            {
                ["tags"] = new JsonArray(FieldTag("email"), FieldTag("address.street")),
            }),
            [GovernanceFacets.Topic.Key] = Custom(GovernanceFacets.Topic, new JsonObject
            {
                ["cluster"] = new JsonObject { ["alias"] = "crm", ["clusterId"] = "lkc-7q2x" },
                ["partitions"] = 6,
                ["replicationFactor"] = 3,
                ["configs"] = new JsonObject { ["cleanup.policy"] = "compact", ["min.insync.replicas"] = "2", ["retention.ms"] = "604800000" },
                ["messages"] = 48210,
            }),
            [GovernanceFacets.SchemaRegistry.Key] = Custom(GovernanceFacets.SchemaRegistry, new JsonObject
            {
                ["subjects"] = new JsonArray(new JsonObject
                {
                    ["role"] = "value", ["subject"] = "customers.v1-value", ["version"] = 4, ["schemaId"] = 17, ["schemaType"] = "AVRO",
                    ["metadata"] = new JsonObject { ["properties"] = new JsonObject { ["domain"] = "customer", ["owner"] = Owner } },
                }),
            }),
        };
        return new JsonObject
        {
            ["eventTime"] = Time(Start),
            ["producer"] = Producer,
            ["schemaURL"] = FacetSchemaUrls.DatasetEvent,
            ["dataset"] = new JsonObject { ["namespace"] = Kafka, ["name"] = Customers, ["facets"] = facets },
        };
    }

    private static JsonObject Job(string name, DateTimeOffset time, (string Kind, string Detail)[] inputs, (string Kind, string Detail)[] outputs) => new()
    {
        ["eventTime"] = Time(time),
        ["producer"] = Producer,
        ["schemaURL"] = FacetSchemaUrls.JobEvent,
        ["job"] = new JsonObject { ["namespace"] = Kafka, ["name"] = name },
        ["inputs"] = new JsonArray(inputs.Select(e => (JsonNode)Edge("inputFacets", GovernanceFacets.InputEvidence, e)).ToArray()),
        ["outputs"] = new JsonArray(outputs.Select(e => (JsonNode)Edge("outputFacets", GovernanceFacets.OutputEvidence, e)).ToArray()),
    };

    private static JsonObject Heartbeat(string group, string producer, DateTimeOffset time, string verdict, long committed, long logEnd) => new()
    {
        ["eventType"] = "RUNNING",
        ["eventTime"] = Time(time),
        ["producer"] = producer,
        ["schemaURL"] = FacetSchemaUrls.RunEvent,
        ["run"] = new JsonObject
        {
            ["runId"] = group == Billing ? "0193a1a0-0000-7000-8000-00000000b111" : "0193a1a0-0000-7000-8000-00000000c222",
            ["facets"] = new JsonObject
            {
                [GovernanceFacets.ConsumerLag.Key] = Custom(GovernanceFacets.ConsumerLag, new JsonObject
                {
                    ["verdict"] = verdict,
                    ["totalLag"] = logEnd - committed,
                    ["partitions"] = new JsonArray(new JsonObject
                    {
                        ["topic"] = Customers, ["partition"] = 0, ["committedOffset"] = committed, ["logEndOffset"] = logEnd,
                        ["lag"] = logEnd - committed, ["status"] = verdict,
                    }),
                }),
            },
        },
        ["job"] = new JsonObject { ["namespace"] = Kafka, ["name"] = group },
        ["inputs"] = new JsonArray(new JsonObject { ["namespace"] = Kafka, ["name"] = Customers }),
        ["outputs"] = new JsonArray(),
    };

    private static JsonObject Edge(string facetsKey, GovernanceFacet facet, (string Kind, string Detail) evidence) => new()
    {
        ["namespace"] = Kafka,
        ["name"] = Customers,
        [facetsKey] = new JsonObject
        {
            [facet.Key] = Custom(facet, new JsonObject
            {
                ["evidence"] = new JsonArray(new JsonObject { ["kind"] = evidence.Kind, ["detail"] = evidence.Detail }),
            }),
        },
    };

    private static JsonObject Field(string name, string type, string? description, params JsonObject[] fields)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type };
        if (description is not null)
        {
            field["description"] = description;
        }

        if (fields.Length > 0)
        {
            field["fields"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray());
        }

        return field;
    }

    private static JsonObject FieldTag(string field) =>
        new() { ["key"] = "PII", ["value"] = "true", ["source"] = "SCHEMA_REGISTRY", ["field"] = field };

    private static JsonObject Standard(string schema, JsonObject body)
    {
        body["_producer"] = Producer;
        body["_schemaURL"] = FacetSchemaUrls.For(schema);
        return body;
    }

    private static JsonObject Custom(GovernanceFacet facet, JsonObject body)
    {
        var json = new JsonObject { ["_producer"] = Producer, ["_schemaURL"] = facet.SchemaUrl(Portal) };
        foreach (var (key, value) in body)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
