using System.Text.Json.Nodes;
using static Governance.Web.BrowserTests.Infrastructure.LineageEvents;

namespace Governance.Web.BrowserTests;

/// <summary>
/// A store cluster mirrored into the cloud, then enriched with customer data and archived to a lake:
/// <c>store orders → store-mirror → cloud orders (+ legacy until Removed) → enricher (+ customers) → enriched → archiver → lake</c>.
/// At <see cref="Removed"/> the mirror's complete run no longer lists the legacy topic, which closes that edge.
/// </summary>
/// <remarks>
/// The customers topic is classified PII, and its <c>email</c> field too. Every output carries a
/// <c>columnLineage</c> facet, so the explorer's column mode follows <c>customers.email</c> into
/// <c>orders.enriched.customer_email</c> and on into the lake.
/// </remarks>
public static class LineageScenario
{
    public const string Store = "kafka://store-0042";
    public const string Cloud = "kafka://cloud";
    public const string Lake = "s3://lineage-lake";
    public const string JobNamespace = "platform-streaming";

    public const string StoreOrders = "pos.orders";
    public const string CloudOrders = "store-0042.pos.orders";
    public const string LegacyOrders = "store-0042.pos.orders.legacy";
    public const string Customers = "crm.customers";
    public const string EnrichedOrders = "orders.enriched";
    public const string ArchivedOrders = "archive/orders";

    public const string Mirror = "store-0042-mirror";
    public const string Enricher = "orders-enricher";
    public const string Archiver = "orders-archiver";

    public static readonly DateTimeOffset Started = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Removed = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Between the start and the removal: the legacy topic is still mirrored.</summary>
    public static readonly DateTimeOffset BeforeRemoval = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    private const string ColumnLineageSchema = "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";

    /// <summary>The node id of a field, as the column mode names it.</summary>
    public static string FieldNode(string @namespace, string dataset, string field) => $"datasetField:{@namespace}:{dataset}:{field}";

    // A JSON node belongs to one parent: each dataset gets its own schema.
    private static JsonObject[] OrderFields() => [Field("order_id", "string"), Field("customer_id", "string"), Field("amount", "decimal")];

    public static IEnumerable<JsonObject> Events()
    {
        var cloudOrders = WithColumnLineage(Dataset(Cloud, CloudOrders, "Store 42 orders in the cloud.", "TOPIC", "cloud", OrderFields()),
            ("order_id", [(Store, StoreOrders, "order_id", "DIRECT", "IDENTITY")]),
            ("customer_id", [(Store, StoreOrders, "customer_id", "DIRECT", "IDENTITY")]),
            ("amount", [(Store, StoreOrders, "amount", "DIRECT", "IDENTITY")]));
        yield return CompleteRun(JobNamespace, Mirror, "Mirrors the store's topics into the cloud cluster.", "MIRRORMAKER", Started,
            [Dataset(Store, StoreOrders, "Orders taken at the tills of store 42.", "TOPIC", "store-0042", OrderFields())],
            [cloudOrders, Dataset(Cloud, LegacyOrders, "The old mirror target.", "TOPIC", "cloud", OrderFields())]);

        var customers = WithFieldTag(
            Dataset(Cloud, Customers, "Customer master data from the CRM.", "TOPIC", "cloud",
                [Field("customer_id", "string"), Field("email", "string")], new Dictionary<string, string> { ["PII"] = "true" }),
            "email", "PII", "true");
        var enriched = WithColumnLineage(
            Dataset(Cloud, EnrichedOrders, "Orders with customer data.", "TOPIC", "cloud",
                [Field("order_id", "string"), Field("customer_email", "string"), Field("amount", "decimal")]),
            ("order_id", [(Cloud, CloudOrders, "order_id", "DIRECT", "IDENTITY")]),
            ("customer_email", [(Cloud, Customers, "email", "DIRECT", "IDENTITY"), (Cloud, CloudOrders, "customer_id", "INDIRECT", "JOIN")]),
            ("amount", [(Cloud, CloudOrders, "amount", "DIRECT", "IDENTITY")]));
        yield return CompleteRun(JobNamespace, Enricher, "Joins orders with customers.", "KAFKA_STREAMS", Started,
            [DatasetRef(Cloud, CloudOrders), customers], [enriched]);

        var archived = WithColumnLineage(
            Dataset(Lake, ArchivedOrders, "Daily order files.", "FILE", "lake", [Field("order_id", "string"), Field("customer_email", "string")]),
            ("order_id", [(Cloud, EnrichedOrders, "order_id", "DIRECT", "IDENTITY")]),
            ("customer_email", [(Cloud, EnrichedOrders, "customer_email", "DIRECT", "IDENTITY")]));
        yield return CompleteRun(JobNamespace, Archiver, "Archives enriched orders to the lake.", "KAFKA_CONNECT", Started,
            [DatasetRef(Cloud, EnrichedOrders)], [archived]);

        yield return CompleteRun(JobNamespace, Mirror, "Mirrors the store's topics into the cloud cluster.", "MIRRORMAKER", Removed,
            [DatasetRef(Store, StoreOrders)], [DatasetRef(Cloud, CloudOrders)]);
    }

    /// <summary>Adds a <c>columnLineage</c> facet: each output field with its input fields and their one transformation.</summary>
    private static JsonObject WithColumnLineage(
        JsonObject dataset, params (string Output, (string Ns, string Name, string Field, string Type, string Subtype)[] Inputs)[] fields)
    {
        var lineage = new JsonObject();
        foreach (var (output, inputs) in fields)
        {
            lineage[output] = new JsonObject
            {
                ["inputFields"] = new JsonArray(inputs.Select(i => (JsonNode)new JsonObject
                {
                    ["namespace"] = i.Ns,
                    ["name"] = i.Name,
                    ["field"] = i.Field,
                    ["transformations"] = new JsonArray(new JsonObject { ["type"] = i.Type, ["subtype"] = i.Subtype }),
                }).ToArray()),
            };
        }

        dataset["facets"]!["columnLineage"] = new JsonObject
        {
            ["_producer"] = Producer,
            ["_schemaURL"] = ColumnLineageSchema,
            ["fields"] = lineage,
        };
        return dataset;
    }

    /// <summary>Adds a field-level entry to the dataset's <c>tags</c> facet.</summary>
    private static JsonObject WithFieldTag(JsonObject dataset, string field, string key, string value)
    {
        var tags = (JsonArray)dataset["facets"]!["tags"]!["tags"]!;
        tags.Add(new JsonObject { ["key"] = key, ["value"] = value, ["source"] = "USER", ["field"] = field });
        return dataset;
    }
}
