using System.Net;
using System.Text.Json;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Projection of events into datasets, versions, jobs, runs and time-bounded lineage edges.</summary>
public abstract class LineageProjectionTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lineage_graph_reflects_the_edges_valid_at_the_requested_instant()
    {
        var ns = TestEvents.Unique("kafka://broker");
        var (job, source, oldTarget, newTarget) = ("enrich", "orders", "orders.enriched.v1", "orders.enriched.v2");
        using var client = _app.CreateIngestClient();
        var run1 = Guid.NewGuid().ToString();
        var run2 = Guid.NewGuid().ToString();

        await Post(client, TestEvents.Run("START", ns, job, run1, T0, [TestEvents.Dataset(ns, source)], [TestEvents.Dataset(ns, oldTarget)]));
        await Post(client, TestEvents.Run("COMPLETE", ns, job, run1, T0.AddMinutes(5), [TestEvents.Dataset(ns, source)], [TestEvents.Dataset(ns, oldTarget)]));
        await Post(client, TestEvents.Run("START", ns, job, run2, T0.AddHours(1), [TestEvents.Dataset(ns, source)], []));
        await Post(client, TestEvents.Run("COMPLETE", ns, job, run2, T0.AddHours(1).AddMinutes(5), [TestEvents.Dataset(ns, source)], [TestEvents.Dataset(ns, newTarget)]));

        var now = await Graph(client, $"dataset:{ns}:{source}", asOf: null);
        var before = await Graph(client, $"dataset:{ns}:{source}", asOf: T0.AddMinutes(30));
        var beforeAnything = await Graph(client, $"dataset:{ns}:{source}", asOf: T0.AddMinutes(-1));

        Assert.Equal(Ids(ns, source, newTarget, job), NodeIds(now));
        Assert.Equal(Ids(ns, source, oldTarget, job), NodeIds(before));
        Assert.Equal([$"dataset:{ns}:{source}"], NodeIds(beforeAnything));
        var jobNode = now.Single(n => n.GetProperty("id").GetString() == $"job:{ns}:{job}");
        Assert.Equal($"dataset:{ns}:{source}", jobNode.GetProperty("inEdges")[0].GetProperty("origin").GetString());
        Assert.Equal($"dataset:{ns}:{newTarget}", jobNode.GetProperty("outEdges")[0].GetProperty("destination").GetString());

        var jobDto = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/{job}");
        Assert.Equal("2", jobDto.GetProperty("currentVersion").GetString());
        Assert.Equal(newTarget, jobDto.GetProperty("outputs")[0].GetProperty("name").GetString());
        Assert.Equal("COMPLETED", jobDto.GetProperty("latestRun").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Depth_limits_how_far_the_graph_reaches()
    {
        var ns = TestEvents.Unique("pipeline");
        using var client = _app.CreateIngestClient();
        // a -> j1 -> b -> j2 -> c -> j3 -> d
        string[] datasets = ["a", "b", "c", "d"];
        for (var i = 0; i < 3; i++)
        {
            await Post(client, TestEvents.Run("COMPLETE", ns, $"j{i + 1}", Guid.NewGuid().ToString(), T0,
                [TestEvents.Dataset(ns, datasets[i])], [TestEvents.Dataset(ns, datasets[i + 1])]));
        }

        var depth1 = NodeIds(await Graph(client, $"dataset:{ns}:a", asOf: null, depth: 1));
        var depth2 = NodeIds(await Graph(client, $"dataset:{ns}:a", asOf: null, depth: 2));
        var upstream = NodeIds(await Graph(client, $"dataset:{ns}:d", asOf: null, depth: 10));

        Assert.Equal([$"dataset:{ns}:a", $"dataset:{ns}:b", $"job:{ns}:j1"], depth1);
        Assert.Equal(5, depth2.Count);
        Assert.Equal(7, upstream.Count);
    }

    [Fact]
    public async Task A_schema_change_makes_a_new_dataset_version_with_its_fields()
    {
        var ns = TestEvents.Unique("warehouse");
        using var client = _app.CreateIngestClient();
        await Post(client, TestEvents.Run("COMPLETE", ns, "load", Guid.NewGuid().ToString(), T0, [],
            [TestEvents.Dataset(ns, "customers", ("id", "long"), ("email", "string"))]));
        await Post(client, TestEvents.Run("COMPLETE", ns, "load", Guid.NewGuid().ToString(), T0.AddDays(1), [],
            [TestEvents.Dataset(ns, "customers", ("id", "long"), ("email", "string"))]));
        var afterSame = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/customers");
        await Post(client, TestEvents.Run("COMPLETE", ns, "load", Guid.NewGuid().ToString(), T0.AddDays(2), [],
            [TestEvents.Dataset(ns, "customers", ("id", "long"), ("email", "string"), ("loyalty_tier", "string"))]));

        var dataset = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/customers");

        Assert.Equal("1", afterSame.GetProperty("currentVersion").GetString());
        Assert.Equal("2", dataset.GetProperty("currentVersion").GetString());
        Assert.Equal(["id", "email", "loyalty_tier"], dataset.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("load", dataset.GetProperty("producers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Runs_keep_their_state_history_and_times()
    {
        var ns = TestEvents.Unique("scheduler");
        var runId = Guid.NewGuid().ToString();
        using var client = _app.CreateIngestClient();
        await Post(client, TestEvents.Run("START", ns, "nightly", runId, T0));
        await Post(client, TestEvents.Run("FAIL", ns, "nightly", runId, T0.AddMinutes(3)));

        var runs = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/nightly/runs");

        var run = Assert.Single(runs.GetProperty("runs").EnumerateArray());
        Assert.Equal(runId, run.GetProperty("id").GetString());
        Assert.Equal("FAILED", run.GetProperty("state").GetString());
        Assert.Equal(180_000, run.GetProperty("durationMs").GetInt64());
    }

    [Fact]
    public async Task Unknown_nodes_and_bad_node_ids_are_problems()
    {
        using var client = _app.CreateClient();

        var missing = await client.GetAsync($"/api/v1/lineage?nodeId={Segment("dataset:nowhere:nothing")}");
        var bad = await client.GetAsync("/api/v1/lineage?nodeId=table-without-type");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static async Task Post(HttpClient client, System.Text.Json.Nodes.JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<JsonElement>> Graph(HttpClient client, string nodeId, DateTimeOffset? asOf, int depth = 20)
    {
        var url = $"/api/v1/lineage?nodeId={Segment(nodeId)}&depth={depth}" + (asOf is { } t ? $"&asOf={Segment(t.ToString("O"))}" : "");
        return (await client.GetJsonAsync(url)).GetProperty("graph").EnumerateArray().ToList();
    }

    private static List<string> NodeIds(IEnumerable<JsonElement> graph) =>
        graph.Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static List<string> Ids(string ns, string source, string target, string job) =>
        new[] { $"dataset:{ns}:{source}", $"dataset:{ns}:{target}", $"job:{ns}:{job}" }.Order(StringComparer.Ordinal).ToList();
}

public sealed class SqliteLineageProjectionTests(SqliteAppFixture fixture) : LineageProjectionTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlLineageProjectionTests(PostgreSqlAppFixture fixture) : LineageProjectionTests(fixture), IClassFixture<PostgreSqlAppFixture>;
