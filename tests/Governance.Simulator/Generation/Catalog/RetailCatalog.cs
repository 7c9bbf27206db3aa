using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Scenario;
using R = Governance.Simulator.Generation.Catalog.RetailRecords;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>
/// The retail company's own topics and applications: web shop orders, payments, tills in every store,
/// inventory, loyalty, live commerce, recommendations, retail media and article master data. Tiny keeps
/// the core flows (every application kind at least once); the other sizes add the rest.
/// </summary>
internal sealed class RetailCatalog(GenerationContext ctx, DataTopics data, AppFactory apps, ConnectApps connect)
{
    private const string Avro = SchemaFormat.Avro;
    private const string Json = SchemaFormat.Json;
    private const string Protobuf = SchemaFormat.Protobuf;

    /// <summary>Edge topics every store replicates to the cloud.</summary>
    public static readonly string[] MirroredStoreTopics = ["pos.transactions.v1", "inventory.stock-movements.v1", "pos-db.public.receipts"];

    private bool Full => ctx.Profile.FullCatalog;

    public void Build()
    {
        var cloud = ctx.Cloud;
        CloudTopics(cloud);
        foreach (var store in ctx.Stores)
        {
            StoreTopics(store);
            StoreApps(store);
            connect.Mirror(store, MirroredStoreTopics, ["stock-tracker"]);
        }

        CloudApps(cloud);
        DeletedSubjects();
    }

    private void CloudTopics(ClusterScenario cloud)
    {
        data.Add(cloud, "orders.placed.v1", R.Order, Avro, Spec("orders", 12, 400_000),
            new SubjectOptions("team-orders", "orders"));
        data.Add(cloud, "orders.status-changed.v1", R.OrderStatusChanged, Avro, Spec("orders", 12, 1_500_000));
        TopicFactory.Create(ctx, cloud, "orders.dlq.v1", new TopicSpec
        {
            Partitions = 1, EventsPerDay = 200, RetentionDays = 30, Role = TopicRole.DeadLetter,
            Domain = "orders", Owner = "team-orders", PlainJson = R.DeadLetter,
        });
        data.Add(cloud, "payments.authorized.v1", R.PaymentAuthorization, Avro, Spec("payments", 12, 450_000) with { RetentionDays = 30 },
            new SubjectOptions("team-payments", "payments") { Compatibility = "FULL", EncryptPii = true }, KeySubject.AvroString);
        data.Add(cloud, "payments.fraud-alerts.v1", R.FraudAlert, Json, Spec("payments", 3, 2_000) with { RetentionDays = 90 });
        data.Add(cloud, "loyalty.points-earned.v1", R.PointsEarned, Avro, Spec("loyalty", 6, 800_000));
        data.Add(cloud, "livecommerce.chat-messages.v1", R.ChatMessage, Json, Spec("livecommerce", 6, 300_000) with { RetentionDays = 3 },
            new SubjectOptions("team-livecommerce", "livecommerce") { Compatibility = "FULL" });
        data.Add(cloud, "masterdata.articles.v1", R.Article, Avro, Spec("masterdata", 6, 30_000) with { Compacted = true },
            new SubjectOptions("team-masterdata", "masterdata") { Compatibility = "BACKWARD_TRANSITIVE" }, KeySubject.AvroRecord, R.ArticleKey);
        data.Add(cloud, "inventory.stock-levels.v1", R.StockLevel, Avro, Spec("inventory", 12, 100_000) with { Compacted = true },
            key: KeySubject.AvroRecord, keyRecord: R.StockKey);
        // The legacy price feed writes plain JSON: no subject, no framing.
        TopicFactory.Create(ctx, cloud, "pricing.price-updates.v1", new TopicSpec
        {
            Partitions = 3, EventsPerDay = 100_000, RetentionDays = 7, Role = TopicRole.Schemaless,
            Domain = "pricing", Owner = "team-pricing", PlainJson = R.PriceUpdate,
        });

        if (!Full) return;
        data.Add(cloud, "payments.captured.v1", R.PaymentCapture, Avro, Spec("payments", 12, 400_000) with { RetentionDays = 30 },
            new SubjectOptions("team-payments", "payments") { Compatibility = "FULL" });
        data.Add(cloud, "loyalty.rewards-redeemed.v1", R.RewardRedeemed, Json, Spec("loyalty", 3, 50_000));
        data.Add(cloud, "loyalty.members.v1", R.LoyaltyMember, Avro, Spec("loyalty", 6, 20_000) with { Compacted = true },
            new SubjectOptions("team-loyalty", "loyalty") { Compatibility = "NONE" }, KeySubject.AvroString);
        data.Add(cloud, "livecommerce.reactions.v1", R.Reaction, Json, Spec("livecommerce", 6, 2_000_000) with { RetentionDays = 1 },
            new SubjectOptions("team-livecommerce", "livecommerce") { Compatibility = "FULL" });
        data.Add(cloud, "livecommerce.moderation-flags.v1", R.ModerationFlag, Json, Spec("livecommerce", 3, 5_000) with { RetentionDays = 30 });
        data.Add(cloud, "recommendations.product-recs.v1", R.ProductRecommendations, Avro, Spec("recommendations", 6, 1_000_000) with { RetentionDays = 2 });
        data.Add(cloud, "retailmedia.ad-impressions.v1", R.AdImpression, Protobuf, Spec("retailmedia", 24, 8_000_000) with { RetentionDays = 3 });
        data.Add(cloud, "retailmedia.ad-clicks.v1", R.AdClick, Protobuf, Spec("retailmedia", 12, 200_000));
        data.Add(cloud, "retailmedia.attributions.v1", R.Attribution, Avro, Spec("retailmedia", 6, 20_000) with { RetentionDays = 30 });
        TopicFactory.Create(ctx, cloud, "dlq.jdbc-sink-warehouse", new TopicSpec
        {
            Partitions = 1, EventsPerDay = 50, RetentionDays = 14, Role = TopicRole.DeadLetter,
            Domain = "analytics", Owner = "team-data-platform", PlainJson = R.DeadLetter,
        });
    }

    private void StoreTopics(ClusterScenario store)
    {
        data.Add(store, "pos.transactions.v1", R.PosTransaction, Protobuf, Spec("pos", 3, 20_000) with { RetentionDays = 3 },
            new SubjectOptions("team-stores", "pos"));
        data.Add(store, "inventory.stock-movements.v1", R.StockMovement, Avro, Spec("inventory", 3, 25_000) with { RetentionDays = 3 },
            new SubjectOptions("team-inventory", "inventory"));
        data.Add(store, "pos-db.public.receipts", R.ReceiptEnvelope, Avro, Spec("pos", 1, 20_000) with { RetentionDays = 3 },
            new SubjectOptions("team-stores", "pos") { EmailCondition = false }, KeySubject.AvroRecord,
            F.Record("pos_db.public.receipts", "Key", null, F.L("receipt_id", Semantic.Sequence)));
    }

    private void StoreApps(ClusterScenario store)
    {
        apps.Microservice(store, "pos-gateway", [], ["pos.transactions.v1"], instances: 1);
        apps.Microservice(store, "stock-tracker", ["pos.transactions.v1"], ["inventory.stock-movements.v1"], instances: 1);
        connect.Debezium(store, "pos-db-cdc", "pos-db", "pos-db", "public", "receipts");
        if (Full)
        {
            // Reads with assign() and never commits: only its ACL shows it.
            apps.Microservice(store, EvidenceCases.EdgeAclOnlyConsumer, ["pos.transactions.v1"], [], GroupMode.None, instances: 1);
        }
    }

    private void CloudApps(ClusterScenario cloud)
    {
        var posReplicas = ctx.Stores.Select(s => $"{s.Alias}.pos.transactions.v1").ToList();
        var movementReplicas = ctx.Stores.Select(s => $"{s.Alias}.inventory.stock-movements.v1").ToList();

        apps.Microservice(cloud, "webshop-backend", [], ["orders.placed.v1"], transactional: true, instances: 3);
        apps.Microservice(cloud, "order-service",
            Full ? ["orders.placed.v1", "payments.captured.v1"] : ["orders.placed.v1"],
            ["orders.status-changed.v1", "orders.dlq.v1"], transactional: true, instances: 3, protocol: "cooperative-sticky");
        apps.Microservice(cloud, "payment-service", ["orders.placed.v1"],
            Full ? ["payments.authorized.v1", "payments.captured.v1"] : ["payments.authorized.v1"], transactional: true, instances: 3);
        apps.Flink(cloud, "fraud-detection", ["payments.authorized.v1", "orders.placed.v1"], ["payments.fraud-alerts.v1"], header: true);
        apps.Microservice(cloud, "loyalty-service", ["orders.status-changed.v1", .. posReplicas],
            Full ? ["loyalty.points-earned.v1", "loyalty.members.v1"] : ["loyalty.points-earned.v1"]);
        apps.Streams(cloud, "stock-aggregator", movementReplicas, ["inventory.stock-levels.v1"],
            [new StateStore("stock-by-article", R.StockLevel, Repartition: true)], "team-inventory", "inventory");
        apps.Microservice(cloud, "livecommerce-chat-gateway", [],
            Full ? ["livecommerce.chat-messages.v1", "livecommerce.reactions.v1"] : ["livecommerce.chat-messages.v1"], instances: 3);
        connect.JdbcSource(cloud, "pim-articles-source", "masterdata.articles.v1", "pim-db", "public.articles");
        connect.JdbcSink(cloud, "jdbc-sink-warehouse",
            Full ? ["orders.placed.v1", "orders.status-changed.v1", "payments.captured.v1"] : ["orders.placed.v1", "orders.status-changed.v1"],
            Full ? "dlq.jdbc-sink-warehouse" : null);
        // Nobody gave this old feed an identity: no principal, no ACLs, no header, no group.
        apps.Microservice(cloud, EvidenceCases.LegacyPriceFeed, [], ["pricing.price-updates.v1"], GroupMode.None, header: false, acls: false, instances: 1);
        apps.Microservice(cloud, EvidenceCases.StalledConsumer, ["orders.placed.v1"], [], GroupMode.Stalled, instances: 1);

        if (!Full) return;
        apps.Microservice(cloud, "rewards-service", ["loyalty.points-earned.v1"], ["loyalty.rewards-redeemed.v1"], protocol: "cooperative-sticky");
        apps.Flink(cloud, "chat-moderation", ["livecommerce.chat-messages.v1"], ["livecommerce.moderation-flags.v1"], header: false);
        apps.Flink(cloud, "recommendation-engine", ["orders.placed.v1", "livecommerce.reactions.v1", "masterdata.articles.v1"],
            ["recommendations.product-recs.v1"], header: true);
        apps.Microservice(cloud, "retail-media-tracker", [], ["retailmedia.ad-impressions.v1", "retailmedia.ad-clicks.v1"], instances: 4);
        apps.Streams(cloud, "retail-media-attribution", ["retailmedia.ad-clicks.v1", "orders.placed.v1"], ["retailmedia.attributions.v1"],
            [new StateStore("clicks-by-customer", R.AdClick, Repartition: true), new StateStore("orders-by-customer", R.Order, Repartition: false)],
            "team-retailmedia", "retailmedia");
        connect.S3Sink(cloud, "s3-sink-retailmedia", ["retailmedia.ad-impressions.v1", "retailmedia.ad-clicks.v1"], "retail-datalake", tasks: 3, failedTask: 1);
        connect.JdbcSink(cloud, "jdbc-sink-receipts", ctx.Stores.Select(s => $"{s.Alias}.pos-db.public.receipts"), null, fixedTable: "receipts", tasks: 1);
        apps.Microservice(cloud, "loyalty-nightly-export", ["loyalty.members.v1"], [], GroupMode.Empty, instances: 1);
        // Runs as a super user (no ACLs) but stamps its header: the header is its only trace.
        apps.Microservice(cloud, EvidenceCases.HeaderOnlyProducer, [], ["loyalty.points-earned.v1"], GroupMode.None, acls: false, instances: 1);
        // Reads with assign() and never commits: only ACLs show it.
        apps.Microservice(cloud, EvidenceCases.AclOnlyConsumer, ["payments.captured.v1", "orders.placed.v1"], [], GroupMode.None, instances: 1);
        apps.Microservice(cloud, "customer-360",
            ["orders.placed.v1", "loyalty.members.v1", "livecommerce.chat-messages.v1", "recommendations.product-recs.v1"], []);
    }

    /// <summary>Soft-deleted subjects: what a registry looks like after topics were renamed.</summary>
    private void DeletedSubjects()
    {
        ctx.SoftDelete(data.Standalone("orders.placed.v0-value", R.Order, Avro, new SubjectOptions("team-orders", "orders")).Subject);
        if (Full)
        {
            ctx.SoftDelete(data.Standalone("livecommerce.chat-value", R.ChatMessage, Json, new SubjectOptions("team-livecommerce", "livecommerce")).Subject);
        }
    }

    private static TopicSpec Spec(string domain, int partitions, double eventsPerDay) => new()
    {
        Domain = domain,
        Owner = $"team-{domain}",
        Partitions = partitions,
        EventsPerDay = eventsPerDay,
    };
}
