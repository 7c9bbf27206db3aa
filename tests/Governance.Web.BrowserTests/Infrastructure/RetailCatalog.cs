using System.Globalization;
using System.Text.Json.Nodes;
using static Governance.Web.BrowserTests.Infrastructure.LineageEvents;

namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>
/// A small retail streaming platform, reported the way producers report it: as OpenLineage run
/// events. The tests read their expectations from the constants here.
/// </summary>
public static class RetailCatalog
{
    public const string Kafka = "kafka://cloud-broker:9092";
    public const string Lake = "s3://retail-lake";
    public const string Jobs = "retail-streaming";

    public const string Orders = "orders.v1";
    public const string Payments = "payments.v1";
    public const string EnrichedOrders = "orders.enriched.v1";
    /// <summary>A name with slashes, to prove the dataset URL survives them.</summary>
    public const string DailyOrders = "warehouse/orders_enriched/daily";

    public const string Checkout = "checkout-service";
    public const string PaymentGateway = "payment-gateway";
    public const string OrderEnricher = "order-enricher";
    public const string Archiver = "orders-archiver";
    public const string PosGateway = "pos-gateway";

    /// <summary>Owner of <see cref="Orders"/>, whose customer_id field is tagged PII.</summary>
    public const string CheckoutTeam = "team-checkout";
    /// <summary>Owner of <see cref="Payments"/>.</summary>
    public const string PaymentsTeam = "team-payments";

    public const string EnrichedOrdersDescription = "Orders joined with their payment status and the customer's segment, one event per order.";

    /// <summary>Enough topics of one family to need several grid pages.</summary>
    public const int StoreCount = 30;
    public const string StoreSalesPrefix = "store-sales.";

    public static string StoreSales(int store) => $"{StoreSalesPrefix}store-{store.ToString("00", CultureInfo.InvariantCulture)}";

    public static int DatasetCount => 4 + StoreCount;
    public static int JobCount => 5;

    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.FromHours(1));

    public static IEnumerable<JsonObject> Events()
    {
        var orders = Dataset(Kafka, Orders, "Orders placed in stores and online, one event per order.", "TOPIC", "cloud-broker",
            [
                Field("order_id", "string", "Unique order identifier (UUID)."),
                Field("customer_id", "string", "Loyalty customer identifier; empty for guests."),
                Field("store_id", "string", "Store that took the order, or WEB."),
                Field("total_amount", "decimal(12,2)", "Order total including tax."),
                Field("currency", "string", "ISO 4217 currency code."),
                Field("placed_at", "timestamp", "When the customer placed the order."),
                Field("line_items", "array<struct>", "Ordered products.",
                    Field("sku", "string", "Stock keeping unit."),
                    Field("quantity", "int", "Units ordered."),
                    Field("unit_price", "decimal(12,2)", "Price per unit at order time.")),
            ],
            new Dictionary<string, string> { ["domain"] = "sales", ["pii"] = "customer_id" })
            .WithOwner(CheckoutTeam).WithFieldTag("customer_id", "PII");
        var payments = Dataset(Kafka, Payments, "Payment authorisations and captures from the payment service provider.", "TOPIC", "cloud-broker",
            [
                Field("payment_id", "string", "Provider payment reference."),
                Field("order_id", "string", "Order being paid."),
                Field("method", "string", "CARD, WALLET or GIFT_CARD."),
                Field("amount", "decimal(12,2)", "Amount authorised."),
                Field("status", "string", "AUTHORISED, CAPTURED or DECLINED."),
            ],
            new Dictionary<string, string> { ["domain"] = "payments" })
            .WithOwner(PaymentsTeam);
        var enriched = Dataset(Kafka, EnrichedOrders, EnrichedOrdersDescription, "TOPIC", "cloud-broker",
            [
                Field("order_id", "string", "Unique order identifier (UUID)."),
                Field("customer_segment", "string", "Segment from the CRM: NEW, REGULAR or VIP."),
                Field("total_amount", "decimal(12,2)", "Order total including tax."),
                Field("payment_status", "string", "Latest payment status for the order."),
                Field("enriched_at", "timestamp", "When the enricher emitted the record."),
            ],
            new Dictionary<string, string> { ["domain"] = "sales", ["tier"] = "gold" });
        var daily = Dataset(Lake, DailyOrders, "Daily Parquet snapshot of enriched orders for the finance team.", "FILE", "retail-lake",
            [
                Field("order_id", "string", "Unique order identifier (UUID)."),
                Field("order_date", "date", "Business date of the order."),
                Field("total_amount", "decimal(12,2)", "Order total including tax."),
            ]);

        yield return CompleteRun(Jobs, Checkout, "Web and in-store checkout; publishes every placed order.", "KAFKA",
            Start, [], [orders]);
        yield return CompleteRun(Jobs, PaymentGateway, "Relays payment provider webhooks to Kafka.", "KAFKA",
            Start.AddMinutes(1), [], [payments]);
        yield return CompleteRun(Jobs, OrderEnricher, "Joins orders with payments and customer segments.", "FLINK",
            Start.AddMinutes(2), [DatasetRef(Kafka, Orders), DatasetRef(Kafka, Payments)], [enriched]);
        yield return CompleteRun(Jobs, Archiver, "Archives enriched orders to the data lake every night.", "SPARK",
            Start.AddMinutes(3), [DatasetRef(Kafka, EnrichedOrders)], [daily]);

        // One run per store, in time order. Higher-numbered stores report earlier, so "newest first"
        // and "A to Z" disagree and the grid's two sortable columns can be told apart.
        for (var store = StoreCount; store >= 1; store--)
        {
            var sales = Dataset(Kafka, StoreSales(store), $"Point-of-sale receipts from store {store}.", "TOPIC", "cloud-broker",
                [
                    Field("receipt_id", "string", "Till receipt number."),
                    Field("sku", "string", "Stock keeping unit."),
                    Field("quantity", "int", "Units sold."),
                    Field("sold_at", "timestamp", "Time of sale at the till."),
                ]);
            yield return CompleteRun(Jobs, PosGateway, "Collects till receipts from every store.", "KAFKA",
                Start.AddHours(1).AddMinutes(-store), [], [sales]);
        }
    }
}
