using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Symlinked identities merge into one dataset; dropped datasets and jobs close their edges.</summary>
public abstract class IdentityAndLifecycleTests(AppFixture fixture)
{
    private const string SymlinksSchema = "https://openlineage.io/spec/facets/1-0-1/SymlinksDatasetFacet.json#/$defs/SymlinksDatasetFacet";
    private const string LifecycleSchema = "https://openlineage.io/spec/facets/1-0-1/LifecycleStateChangeDatasetFacet.json#/$defs/LifecycleStateChangeDatasetFacet";
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_topic_reported_under_a_bootstrap_spelling_and_under_its_cluster_id_is_one_dataset()
    {
        var clusterNs = TestEvents.Unique("kafka://lkc");
        var brokerNs = TestEvents.Unique("kafka://broker") + ":9092";
        const string topic = "orders.v1";
        using var client = _app.CreateIngestClient();

        // Flink names the topic after its first bootstrap server, before the collector ever saw it.
        await Post(client, TestEvents.Run("RUNNING", "flink", "orders-enricher", Guid.NewGuid().ToString(), T0, [TestEvents.Dataset(brokerNs, topic)]));
        // The collector reports the topic under the cluster id, with the bootstrap spelling as a symlink.
        var canonical = TestEvents.Dataset(clusterNs, topic, ("order_id", "string")).WithFacet("symlinks", SymlinksSchema, new JsonObject
        {
            ["identifiers"] = new JsonArray(new JsonObject { ["namespace"] = brokerNs, ["name"] = topic, ["type"] = "TOPIC" }),
        });
        await Post(client, TestEvents.DatasetEvent(canonical, T0.AddMinutes(1)));
        await Post(client, TestEvents.JobEvent(clusterNs, "fraud-detector", T0.AddMinutes(2), [TestEvents.Dataset(clusterNs, topic)], []));
        // Later Flink events with the old spelling land on the same dataset.
        await Post(client, TestEvents.Run("RUNNING", "flink", "orders-archiver", Guid.NewGuid().ToString(), T0.AddMinutes(3), [TestEvents.Dataset(brokerNs, topic)]));

        var graph = (await client.GetJsonAsync($"/api/v1/lineage?nodeId={Segment($"dataset:{clusterNs}:{topic}")}&depth=1"))
            .GetProperty("graph").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        var viaAlias = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(brokerNs)}/datasets/{topic}");
        var aliasNamespace = await client.GetAsync($"/api/v1/namespaces/{Segment(brokerNs)}/datasets");

        Assert.Equal(new[] { $"dataset:{clusterNs}:{topic}", $"job:{clusterNs}:fraud-detector", "job:flink:orders-archiver", "job:flink:orders-enricher" }
            .Order(StringComparer.Ordinal), graph);
        Assert.Equal(clusterNs, viaAlias.GetProperty("namespace").GetString());
        Assert.Equal("order_id", viaAlias.GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Equal(0, (await aliasNamespace.ReadJsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_dropped_dataset_loses_its_edges_from_then_on_but_keeps_them_in_the_past()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        await Post(client, TestEvents.JobEvent(ns, "loyalty-points", T0, [TestEvents.Dataset(ns, "purchases")], [TestEvents.Dataset(ns, "points")]));
        var dropped = TestEvents.Dataset(ns, "points").WithFacet("lifecycleStateChange", LifecycleSchema, new JsonObject { ["lifecycleStateChange"] = "DROP" });
        await Post(client, TestEvents.DatasetEvent(dropped, T0.AddHours(1)));

        var dataset = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/points");
        var now = await Graph(client, $"dataset:{ns}:purchases", null);
        var before = await Graph(client, $"dataset:{ns}:purchases", T0.AddMinutes(30));

        Assert.True(dataset.GetProperty("deleted").GetBoolean());
        Assert.DoesNotContain($"dataset:{ns}:points", now);
        Assert.Contains($"dataset:{ns}:points", before);
    }

    [Fact]
    public async Task A_job_reported_dropped_loses_its_edges()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        await Post(client, TestEvents.JobEvent(ns, "old-consumer", T0, [TestEvents.Dataset(ns, "clicks")], []));
        var dropFacet = new JsonObject
        {
            ["governance_lifecycle"] = new JsonObject
            {
                ["_producer"] = TestEvents.Producer,
                ["_schemaURL"] = "https://governance.example/spec/facets/GovernanceLifecycleJobFacet.json",
                ["state"] = "DROPPED",
            },
        };
        await Post(client, TestEvents.JobEvent(ns, "old-consumer", T0.AddHours(1), [], [], dropFacet));

        var now = await Graph(client, $"dataset:{ns}:clicks", null);
        var before = await Graph(client, $"dataset:{ns}:clicks", T0.AddMinutes(30));

        Assert.DoesNotContain($"job:{ns}:old-consumer", now);
        Assert.Contains($"job:{ns}:old-consumer", before);
    }

    private static async Task Post(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> Graph(HttpClient client, string nodeId, DateTimeOffset? asOf)
    {
        var url = $"/api/v1/lineage?nodeId={Segment(nodeId)}&depth=5" + (asOf is { } t ? $"&asOf={Segment(t.ToString("O"))}" : "");
        return (await client.GetJsonAsync(url)).GetProperty("graph").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
    }
}

public sealed class SqliteIdentityAndLifecycleTests(SqliteAppFixture fixture) : IdentityAndLifecycleTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlIdentityAndLifecycleTests(PostgreSqlAppFixture fixture) : IdentityAndLifecycleTests(fixture), IClassFixture<PostgreSqlAppFixture>;
