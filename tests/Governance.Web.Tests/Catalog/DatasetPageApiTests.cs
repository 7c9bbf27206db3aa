using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>
/// What the dataset page reads for a topic the collector reports: owners, domain, classifications and
/// field tags, the topic's partitions and configuration, producers and consumers with their evidence,
/// each consumer group's lag trend, and the raw events behind it all.
/// </summary>
public abstract class DatasetPageApiTests(AppFixture fixture)
{
    private const string Topic = "customers.v1";
    private const string Orders = "orders.v1";
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;
    private readonly Dictionary<string, string> _topicEvents = [];

    [Fact]
    public async Task The_dataset_shows_its_owner_domain_classifications_field_tags_and_topic()
    {
        var ns = await ReportPlatformAsync();
        using var client = _app.CreateClient();

        var dataset = await client.GetJsonAsync(DatasetUrl(ns));

        Assert.Equal(["team-crm"], Strings(dataset.GetProperty("owners")));
        Assert.Equal(["customer"], Strings(dataset.GetProperty("domains")));
        // Field tags are on the fields; Marquez's tag list keeps every tag as before.
        Assert.Empty(Strings(dataset.GetProperty("freeTags")));
        Assert.Equal(["PII:true", "retention:short", "PII:true"], Strings(dataset.GetProperty("tags")));
        var pii = Assert.Single(dataset.GetProperty("classifications").EnumerateArray());
        Assert.Equal("PII", pii.GetProperty("name").GetString());
        Assert.False(pii.GetProperty("onDataset").GetBoolean());
        Assert.Equal(["address.street", "email"], Strings(pii.GetProperty("fields")));

        var fields = dataset.GetProperty("fields");
        Assert.Equal(["PII", "retention:short"], Strings(Field(fields, "email").GetProperty("tags")));
        Assert.Empty(Strings(Field(fields, "customer_id").GetProperty("tags")));
        var street = Field(fields, "address").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "street");
        Assert.Equal(["PII"], Strings(street.GetProperty("tags")));

        var topic = dataset.GetProperty("topic");
        Assert.Equal(("cloud", "lkc-7q2x", 3, 2, 1234L), (topic.GetProperty("clusterAlias").GetString(), topic.GetProperty("clusterId").GetString(),
            topic.GetProperty("partitions").GetInt32(), topic.GetProperty("replicationFactor").GetInt32(), topic.GetProperty("messages").GetInt64()));
        Assert.Equal(["cleanup.policy=compact", "retention.ms=604800000"],
            topic.GetProperty("configs").EnumerateObject().Select(c => $"{c.Name}={c.Value.GetString()}"));
        // Marquez's fields stay as they were.
        Assert.Equal(Topic, dataset.GetProperty("name").GetString());
        Assert.Equal(["customer-audit", "billing"], dataset.GetProperty("consumers").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Producers_and_consumers_come_with_the_latest_evidence_or_who_reported_them()
    {
        var ns = await ReportPlatformAsync();
        using var client = _app.CreateClient();

        var edges = await client.GetJsonAsync(DatasetUrl(ns) + "/edges");

        var producer = Assert.Single(edges.GetProperty("producers").EnumerateArray());
        Assert.Equal(("crm-connector", "OUTPUT"), (producer.GetProperty("job").GetProperty("name").GetString(), producer.GetProperty("direction").GetString()));
        Assert.Equal(["CONNECTOR_CONFIG: topics=customers.v1"], Evidence(producer));
        Assert.Equal(CollectorEvents.Producer, producer.GetProperty("reportedBy").GetString());

        var consumers = edges.GetProperty("consumers").EnumerateArray().ToList();
        Assert.Equal(["customer-audit", "billing"], consumers.Select(c => c.GetProperty("job").GetProperty("name").GetString()));
        var billing = consumers[1];
        // The group's later job event gave newer evidence; the heartbeats after it gave none.
        Assert.Equal(["COMMITTED_OFFSET: partition 0 at offset 900"], Evidence(billing));
        Assert.Equal(T0, billing.GetProperty("validFrom").GetDateTimeOffset());
        Assert.Equal(T0.AddMinutes(3), billing.GetProperty("lastSeenAt").GetDateTimeOffset());
        Assert.Equal(T0.AddMinutes(2).AddSeconds(30), billing.GetProperty("eventTime").GetDateTimeOffset());
        var evidenceEvent = await client.GetStringAsync(billing.GetProperty("eventUrl").GetString());
        Assert.Contains("offset 900", evidenceEvent, StringComparison.Ordinal);

        var audit = consumers[0];
        Assert.Empty(Evidence(audit));
        Assert.Equal(TestEvents.Producer, audit.GetProperty("reportedBy").GetString());
    }

    [Fact]
    public async Task Each_consumer_group_has_its_verdict_and_a_lag_trend_of_this_topic_in_time_order()
    {
        var ns = await ReportPlatformAsync();
        using var client = _app.CreateClient();

        var lag = await client.GetJsonAsync(DatasetUrl(ns) + "/lag");
        var lastTwo = await client.GetJsonAsync(DatasetUrl(ns) + "/lag?samples=2");

        // The audit job reports no lag, so only the consumer group is listed.
        var group = Assert.Single(lag.GetProperty("groups").EnumerateArray());
        Assert.Equal("billing", group.GetProperty("job").GetProperty("name").GetString());
        Assert.Equal("STALL", group.GetProperty("verdict").GetString());
        Assert.Equal(50, group.GetProperty("lag").GetInt64());
        Assert.Equal(1050, group.GetProperty("groupTotalLag").GetInt64());
        Assert.Equal(T0.AddMinutes(3), group.GetProperty("reportedAt").GetDateTimeOffset());
        Assert.Equal(["0:160/200/40", "1:95/100/5", "2:45/50/5"], group.GetProperty("partitions").EnumerateArray().Select(p =>
            $"{p.GetProperty("partition").GetInt32()}:{p.GetProperty("committedOffset").GetInt64()}/{p.GetProperty("logEndOffset").GetInt64()}/{p.GetProperty("lag").GetInt64()}"));

        Assert.Equal(["10:01 OK 15", "10:02 WARN 30", "10:03 STALL 50"], Trend(group));
        Assert.Equal(["10:02 WARN 30", "10:03 STALL 50"], Trend(Assert.Single(lastTwo.GetProperty("groups").EnumerateArray())));
    }

    [Fact]
    public async Task The_raw_events_behind_the_dataset_page_newest_first_and_each_payload_is_served_as_received()
    {
        var ns = await ReportPlatformAsync();
        using var client = _app.CreateClient();

        var first = await client.GetJsonAsync(DatasetUrl(ns) + "/events?limit=3");
        var last = await client.GetJsonAsync(DatasetUrl(ns) + "/events?limit=3&offset=6");

        Assert.Equal(8, first.GetProperty("totalCount").GetInt32());
        var newest = first.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["RunEvent", "JobEvent", "RunEvent"], newest.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(("RUNNING", "billing", CollectorEvents.Producer), (newest[0].GetProperty("type").GetString(),
            newest[0].GetProperty("job").GetProperty("name").GetString(), newest[0].GetProperty("producer").GetString()));
        Assert.Equal(T0.AddMinutes(2), newest[0].GetProperty("eventTime").GetDateTimeOffset());
        Assert.Equal(["INPUT"], Strings(newest[0].GetProperty("roles")));
        Assert.True(newest[0].GetProperty("id").GetInt64() > newest[1].GetProperty("id").GetInt64());

        var oldest = last.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["JobEvent", "DatasetEvent"], oldest.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["OUTPUT"], Strings(oldest[0].GetProperty("roles")));
        Assert.Equal(["DATASET"], Strings(oldest[1].GetProperty("roles")));
        Assert.Equal(JsonValueKind.Null, oldest[1].GetProperty("job").ValueKind);

        var payload = await client.GetAsync(oldest[1].GetProperty("payloadUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, payload.StatusCode);
        Assert.Equal("application/json", payload.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_topicEvents[ns], await payload.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_datasets_and_events_are_problem_details_404s()
    {
        using var client = _app.CreateClient();
        var ns = Segment(TestEvents.Unique("kafka://nowhere"));

        foreach (var url in new[] { $"/api/v1/namespaces/{ns}/datasets/missing/edges", $"/api/v1/namespaces/{ns}/datasets/missing/lag",
                     $"/api/v1/namespaces/{ns}/datasets/missing/events", $"/api/v1/events/lineage/{long.MaxValue}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.ReadJsonAsync();
            Assert.Equal(404, problem.GetProperty("status").GetInt32());
            Assert.Contains("not found", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// The collector's view of a CRM topic: the topic, its connector (producer), the billing consumer
    /// group with evidence and lag heartbeats, and an audit job that reports reading it without evidence.
    /// Eight events name the topic.
    /// </summary>
    private async Task<string> ReportPlatformAsync()
    {
        var ns = TestEvents.Unique("kafka://cloud") + ":9092";
        using var client = _app.CreateIngestClient();
        var fields = new JsonArray(
            new JsonObject { ["name"] = "customer_id", ["type"] = "string" },
            new JsonObject { ["name"] = "email", ["type"] = "string", ["description"] = "Where receipts go." },
            new JsonObject
            {
                ["name"] = "address", ["type"] = "record",
                ["fields"] = new JsonArray(new JsonObject { ["name"] = "street", ["type"] = "string" }, new JsonObject { ["name"] = "city", ["type"] = "string" }),
            });
        var topic = CollectorEvents.Topic(ns, Topic, T0, fields, "team-crm",
            [("email", "PII", "true"), ("email", "retention", "short"), ("address.street", "PII", "true")],
            new JsonObject
            {
                ["cluster"] = new JsonObject { ["alias"] = "cloud", ["clusterId"] = "lkc-7q2x" },
                ["partitions"] = 3, ["replicationFactor"] = 2,
                ["configs"] = new JsonObject { ["retention.ms"] = "604800000", ["cleanup.policy"] = "compact" },
                ["messages"] = 1234,
            },
            new JsonObject
            {
                ["subjects"] = new JsonArray(new JsonObject
                {
                    ["role"] = "value", ["subject"] = $"{Topic}-value", ["version"] = 3, ["schemaId"] = 42, ["schemaType"] = "AVRO",
                    ["metadata"] = new JsonObject { ["properties"] = new JsonObject { ["domain"] = "customer", ["owner"] = "team-crm" } },
                }),
            });
        _topicEvents[ns] = topic.ToJsonString();
        await Post(client, topic);
        await Post(client, CollectorEvents.Job(ns, "crm-connector", T0, [], [(ns, Topic, "CONNECTOR_CONFIG", "topics=customers.v1")]));
        await Post(client, CollectorEvents.Job(ns, "billing", T0,
            [(ns, Topic, "COMMITTED_OFFSET", "partition 0 at offset 100"), (ns, Orders, "COMMITTED_OFFSET", "partition 0 at offset 7")], []));
        await Post(client, TestEvents.Run("COMPLETE", "audit", "customer-audit", Guid.NewGuid().ToString(), T0, [TestEvents.Dataset(ns, Topic)]));
        // Heartbeats arrive out of order; the trend follows event time.
        await Post(client, Heartbeat(ns, T0.AddMinutes(1), "OK", (100, 110), (95, 95), (45, 50)));
        await Post(client, Heartbeat(ns, T0.AddMinutes(3), "STALL", (160, 200), (95, 100), (45, 50)));
        await Post(client, CollectorEvents.Job(ns, "billing", T0.AddMinutes(2).AddSeconds(30),
            [(ns, Topic, "COMMITTED_OFFSET", "partition 0 at offset 900"), (ns, Orders, "COMMITTED_OFFSET", "partition 0 at offset 7")], []));
        await Post(client, Heartbeat(ns, T0.AddMinutes(2), "WARN", (130, 150), (95, 100), (45, 50)));
        return ns;
    }

    /// <summary>The billing group's heartbeat: three partitions of the topic, and 1000 messages behind on another topic.</summary>
    private static JsonObject Heartbeat(string ns, DateTimeOffset time, string verdict, params (long Committed, long LogEnd)[] partitions) =>
        CollectorEvents.Heartbeat(ns, "billing", time, [(ns, Topic), (ns, Orders)], verdict,
            partitions.Select((p, i) => (Topic, i, p.Committed, p.LogEnd)).Append((Orders, 0, 0L, 1000L)));

    private static string DatasetUrl(string ns) => $"/api/v1/namespaces/{Segment(ns)}/datasets/{Segment(Topic)}";

    private static JsonElement Field(JsonElement fields, string name) =>
        fields.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    private static List<string> Evidence(JsonElement edge) => edge.GetProperty("evidence").EnumerateArray()
        .Select(e => $"{e.GetProperty("kind").GetString()}: {e.GetProperty("detail").GetString()}").ToList();

    private static List<string> Trend(JsonElement group) => group.GetProperty("trend").EnumerateArray()
        .Select(s => $"{s.GetProperty("at").GetDateTimeOffset():HH:mm} {s.GetProperty("verdict").GetString()} {s.GetProperty("lag").GetInt64()}").ToList();

    private static async Task Post(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteDatasetPageApiTests(SqliteAppFixture fixture) : DatasetPageApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlDatasetPageApiTests(PostgreSqlAppFixture fixture) : DatasetPageApiTests(fixture), IClassFixture<PostgreSqlAppFixture>;
