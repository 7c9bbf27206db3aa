using Governance.Simulator.Generation.Schemas;
using Governance.Simulator.Scenario;
using static Governance.Simulator.Generation.Schemas.F;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>
/// Product teams beyond the retail core, for the demo and benchmark sizes: each owns a domain with
/// event topics and subjects, a service producing them (often also reading another team's topics),
/// and sometimes a projector, a Flink enricher, a Streams aggregator or a warehouse sink.
/// Team names are derived from the index (<c>pricing</c>, <c>pricing-de</c>, ...), so they never clash.
/// </summary>
internal sealed class Teams(GenerationContext ctx, DataTopics data, AppFactory apps, ConnectApps connect)
{
    private static readonly string[] Domains =
    [
        "pricing", "promotions", "returns", "fulfilment", "delivery", "click-collect", "customer-care", "supplier", "purchasing", "warehouse",
        "forecasting", "marketing", "search", "reviews", "gift-cards", "subscriptions", "store-ops", "workforce", "energy", "security",
        "assortment", "planogram", "shelf-labels", "self-checkout", "scan-go", "marketplace", "seller", "catalogue", "content", "crm",
        "newsletter", "surveys", "payments-risk", "tax", "invoicing", "accounting", "logistics", "transport", "fleet", "waste",
        "sustainability", "pharmacy", "optics", "photo", "travel", "insurance", "mobile-app", "web-analytics", "experiments", "personalisation",
    ];

    private static readonly string[] Countries = ["de", "fr", "nl", "be", "at", "ch", "pl", "cz", "it", "es"];

    private static readonly string[] Entities =
    [
        "price", "promotion", "coupon", "return", "shipment", "parcel", "slot", "ticket", "invoice", "purchase-order",
        "forecast", "campaign", "query", "review", "voucher", "subscription", "pickup", "shift", "reading", "alert",
        "label", "basket", "session", "listing", "offer", "claim", "refund", "route", "audit", "survey",
    ];

    private static readonly string[] Events = ["created", "updated", "cancelled", "completed", "requested", "approved", "rejected", "scheduled", "assigned", "failed", "snapshot"];

    private readonly List<string> _sharedTopics = [];

    /// <summary>Data topics of earlier teams (and the retail core), for cross-team inputs.</summary>
    public IReadOnlyList<string> SharedTopics => _sharedTopics;

    public List<TopicPlan> TeamTopics { get; } = [];

    /// <summary>Teams added so far.</summary>
    public int Count { get; private set; }

    public static string Name(int index)
    {
        var domain = Domains[index % Domains.Length];
        var round = index / Domains.Length;
        if (round == 0) return domain;
        var country = Countries[(round - 1) % Countries.Length];
        var generation = (round - 1) / Countries.Length;
        return generation == 0 ? $"{domain}-{country}" : $"{domain}-{country}{generation + 1}";
    }

    public void SeedSharedTopics()
    {
        _sharedTopics.AddRange(ctx.TopicPlans.Where(t => t.Cluster == ctx.Cloud && t.Role == TopicRole.Data).Select(t => t.Name));
    }

    public void Add(int index)
    {
        var cloud = ctx.Cloud;
        var team = Name(index);
        var owner = $"team-{team}";
        var ns = "com.retail." + team.Replace('-', '_');

        var events = new List<TopicPlan>();
        var entities = new Dictionary<TopicPlan, string>();
        var count = 5 + ctx.Random.Next(6);
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (events.Count < count)
        {
            var entity = ctx.Pick(Entities);
            var verb = ctx.Pick(Events);
            var name = $"{team}.{entity}-{verb}.v1";
            if (!used.Add(name)) continue;
            var record = EventRecord(ns, entity, verb);
            var format = ctx.Random.Next(20) switch { < 15 => SchemaFormat.Avro, < 18 => SchemaFormat.Json, _ => SchemaFormat.Protobuf };
            var compacted = verb == "snapshot";
            var spec = new TopicSpec
            {
                Domain = team,
                Owner = owner,
                Partitions = ctx.Pick([1, 3, 6, 6, 12, 12, 24]),
                EventsPerDay = Math.Round(Math.Pow(10, 2 + ctx.Random.NextDouble() * 4.3)),
                RetentionDays = ctx.Pick<double>([1, 3, 7, 7, 7, 14, 30]),
                Compacted = compacted,
            };
            var subject = new SubjectOptions(owner, team)
            {
                Compatibility = ctx.Random.Next(10) switch { 0 => "FULL", 1 => "FORWARD", 2 => "BACKWARD_TRANSITIVE", _ => null },
                EmailCondition = ctx.Chance(0.5),
            };
            var topic = data.Add(cloud, name, record, format, spec, subject, ctx.Chance(0.1) || compacted ? KeySubject.AvroString : KeySubject.None);
            events.Add(topic);
            entities.Add(topic, entity);
        }

        var outputs = events.Select(t => t.Name).ToList();
        if (ctx.Chance(0.5))
        {
            TopicFactory.Create(ctx, cloud, $"{team}.dlq.v1", new TopicSpec
            {
                Partitions = 1, EventsPerDay = 20, RetentionDays = 30, Role = TopicRole.DeadLetter,
                Domain = team, Owner = owner, PlainJson = RetailRecords.DeadLetter,
            });
            outputs.Add($"{team}.dlq.v1");
        }

        var crossTeam = Enumerable.Range(0, ctx.Random.Next(3)).Select(_ => ctx.Pick(_sharedTopics)).ToList();
        apps.Microservice(cloud, $"{team}-service", crossTeam, outputs,
            header: ctx.Chance(0.9), transactional: ctx.Chance(0.2), instances: 1 + ctx.Random.Next(4),
            protocol: ctx.Chance(0.3) ? "cooperative-sticky" : "range");

        if (ctx.Chance(0.6))
        {
            var read = events.OrderBy(_ => ctx.Random.Next()).Take(1 + ctx.Random.Next(3)).Select(t => t.Name);
            apps.Microservice(cloud, $"{team}-projector", read, [], ctx.Chance(0.1) ? GroupMode.Empty : GroupMode.Active, instances: 1 + ctx.Random.Next(2));
        }

        if (ctx.Chance(0.25))
        {
            var source = ctx.Pick(events);
            var enriched = data.Add(cloud, source.Name.Replace(".v1", "-enriched.v1", StringComparison.Ordinal),
                Enriched(source.Value!.Record!), SchemaFormat.Avro,
                new TopicSpec { Domain = team, Owner = owner, Partitions = source.Topic.Partitions.Count, EventsPerDay = source.EventsPerDay });
            apps.Flink(cloud, $"{team}-enricher", [source.Name, ctx.Pick(_sharedTopics)], [enriched.Name], header: ctx.Chance(0.5));
            events.Add(enriched);
        }

        if (ctx.Chance(0.15))
        {
            var source = ctx.Pick(events);
            var entity = entities.GetValueOrDefault(source) ?? "enriched";
            var stats = data.Add(cloud, $"{team}.{entity}-stats.v1", Stats(ns, entity), SchemaFormat.Avro,
                new TopicSpec { Domain = team, Owner = owner, Partitions = 3, EventsPerDay = 24 * 60, Compacted = true }, key: KeySubject.AvroString);
            apps.Streams(cloud, $"{team}-aggregator", [source.Name], [stats.Name],
                [new StateStore($"{entity}-counts", Stats(ns, entity), Repartition: ctx.Chance(0.5))], owner, team);
            events.Add(stats);
        }

        if (ctx.Chance(0.1))
        {
            var sunk = events.Where(t => t.Role == TopicRole.Data).OrderBy(_ => ctx.Random.Next()).Take(1 + ctx.Random.Next(3)).Select(t => t.Name);
            connect.JdbcSink(cloud, $"jdbc-sink-{team}", sunk, null, tasks: 1);
        }

        Count++;
        TeamTopics.AddRange(events);
        _sharedTopics.AddRange(events.Select(t => t.Name));
    }

    private RecordSpec EventRecord(string ns, string entity, string verb)
    {
        var fields = new List<FieldSpec> { S($"{Camel(entity)}Id", Semantic.Id) };
        var pool = FieldPool();
        var take = 3 + ctx.Random.Next(6);
        foreach (var field in pool.OrderBy(_ => ctx.Random.Next()).Take(take)) fields.Add(field);
        fields.Add(Ts("occurredAt"));
        if (ctx.Chance(0.5)) fields.Add(S("source", Semantic.Word).Since(2));
        if (ctx.Chance(0.2)) fields.Add(S("correlationId", Semantic.Id).Since(fields.Any(f => f.SinceVersion == 2) ? 3 : 2));
        return new RecordSpec(Pascal(entity) + Pascal(verb), ns, fields) { Doc = $"{Pascal(entity)} {verb}." };
    }

    private static List<FieldSpec> FieldPool() =>
    [
        S("customerId", Semantic.CustomerId),
        S("email", Semantic.Email).Pii(),
        S("phone", Semantic.Phone).Pii().Opt(),
        S("storeId", Semantic.StoreId),
        S("articleId", Semantic.ArticleId),
        D("amount", Semantic.Amount),
        S("currency", Semantic.Currency),
        I("quantity", Semantic.Quantity),
        E("status", "Status", "NEW", "ACTIVE", "DONE", "FAILED"),
        S("reason", Semantic.Reason).Opt(),
        S("note", Semantic.Text).Opt(),
        E("channel", "Channel", "WEB", "APP", "STORE"),
        S("country", Semantic.Country),
        S("ipAddress", Semantic.IpAddress).Pii().Opt(),
        S("deviceId", Semantic.DeviceId).Pii().Opt(),
        D("score", Semantic.Score),
        I("priority"),
        S("externalRef", Semantic.Id).Opt(),
        S("createdBy", Semantic.UserHandle).Pii(),
    ];

    private static RecordSpec Enriched(RecordSpec source) =>
        new(source.Name + "Enriched", source.Namespace,
            [.. source.FieldsAt(1).Select(f => f with { SinceVersion = 1 }), S("segment", Semantic.Word), Ts("enrichedAt")]);

    private static RecordSpec Stats(string ns, string entity) =>
        Record(ns, Pascal(entity) + "Stats", null,
            S("key", Semantic.Id),
            L("count", Semantic.Quantity),
            D("sum", Semantic.Amount),
            Ts("windowStart"),
            Ts("windowEnd"));

    private static string Pascal(string kebab) => string.Concat(kebab.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Camel(string kebab)
    {
        var pascal = Pascal(kebab);
        return char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }
}
