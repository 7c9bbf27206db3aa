using System.Text.Json.Nodes;
using static Governance.Web.BrowserTests.Infrastructure.LineageEvents;

namespace Governance.Web.BrowserTests;

/// <summary>
/// A store cluster mirrored into the cloud, then enriched and archived to a lake:
/// <c>store orders → store-mirror → cloud orders (+ legacy until Removed) → enricher → enriched → archiver → lake</c>.
/// At <see cref="Removed"/> the mirror's complete run no longer lists the legacy topic, which closes that edge.
/// </summary>
public static class LineageScenario
{
    public const string Store = "kafka://store-0042";
    public const string Cloud = "kafka://cloud";
    public const string Lake = "s3://lineage-lake";
    public const string JobNamespace = "platform-streaming";

    public const string StoreOrders = "pos.orders";
    public const string CloudOrders = "store-0042.pos.orders";
    public const string LegacyOrders = "store-0042.pos.orders.legacy";
    public const string EnrichedOrders = "orders.enriched";
    public const string ArchivedOrders = "archive/orders";

    public const string Mirror = "store-0042-mirror";
    public const string Enricher = "orders-enricher";
    public const string Archiver = "orders-archiver";

    public static readonly DateTimeOffset Started = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Removed = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Between the start and the removal: the legacy topic is still mirrored.</summary>
    public static readonly DateTimeOffset BeforeRemoval = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    // A JSON node belongs to one parent: each dataset gets its own schema.
    private static JsonObject[] Fields() => [Field("order_id", "string")];

    public static IEnumerable<JsonObject> Events()
    {
        yield return CompleteRun(JobNamespace, Mirror, "Mirrors the store's topics into the cloud cluster.", "MIRRORMAKER", Started,
            [Dataset(Store, StoreOrders, "Orders taken at the tills of store 42.", "TOPIC", "store-0042", Fields())],
            [Dataset(Cloud, CloudOrders, "Store 42 orders in the cloud.", "TOPIC", "cloud", Fields()), Dataset(Cloud, LegacyOrders, "The old mirror target.", "TOPIC", "cloud", Fields())]);
        yield return CompleteRun(JobNamespace, Enricher, "Joins orders with customers.", "KAFKA_STREAMS", Started,
            [DatasetRef(Cloud, CloudOrders)], [Dataset(Cloud, EnrichedOrders, "Orders with customer data.", "TOPIC", "cloud", Fields())]);
        yield return CompleteRun(JobNamespace, Archiver, "Archives enriched orders to the lake.", "KAFKA_CONNECT", Started,
            [DatasetRef(Cloud, EnrichedOrders)], [Dataset(Lake, ArchivedOrders, "Daily order files.", "FILE", "lake", Fields())]);
        yield return CompleteRun(JobNamespace, Mirror, "Mirrors the store's topics into the cloud cluster.", "MIRRORMAKER", Removed,
            [DatasetRef(Store, StoreOrders)], [DatasetRef(Cloud, CloudOrders)]);
    }
}
