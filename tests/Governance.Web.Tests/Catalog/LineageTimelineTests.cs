using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary><c>GET /api/v1/lineage/timeline</c>: the instants at which the lineage around a node changed.</summary>
public abstract class LineageTimelineTests(AppFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, 250, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddHours(1).AddMilliseconds(125);
    private static readonly DateTimeOffset T2 = T0.AddHours(2).AddMilliseconds(500);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Downstream_instants_are_exact_sorted_and_limited_by_depth()
    {
        var ns = TestEvents.Unique("pipeline");
        using var client = _app.CreateIngestClient();
        await PostChangingPipelineAsync(client, ns);

        var depth0 = await TimelineAsync(client, $"dataset:{ns}:a", depth: 0);
        var depth1 = await TimelineAsync(client, $"dataset:{ns}:a", depth: 1);
        var depth2 = await TimelineAsync(client, $"dataset:{ns}:a", depth: 2);

        Assert.Equal($"dataset:{ns}:a", depth1.GetProperty("nodeId").GetString());
        Assert.Empty(Changes(depth0));
        // a → j1 opened at T0; j1 → b opened at T0 and closed at T2, when j1 → b2 opened.
        Assert.Equal([T0, T2], Changes(depth1));
        // One job further: b → j2 → c opened at T1.
        Assert.Equal([T0, T1, T2], Changes(depth2));
    }

    [Fact]
    public async Task Upstream_instants_follow_closed_edges_too()
    {
        var ns = TestEvents.Unique("pipeline");
        using var client = _app.CreateIngestClient();
        await PostChangingPipelineAsync(client, ns);

        var fromC = await TimelineAsync(client, $"dataset:{ns}:c", depth: 1);
        var fromCDeeper = await TimelineAsync(client, $"dataset:{ns}:c", depth: 5);
        var fromJob = await TimelineAsync(client, $"job:{ns}:j2", depth: 0);
        var fromB2 = await TimelineAsync(client, $"dataset:{ns}:b2", depth: 5);

        Assert.Equal([T1], Changes(fromC));
        // Upstream of c: j2 ← b ← j1 (whose edge to b closed at T2) ← a.
        Assert.Equal([T0, T1, T2], Changes(fromCDeeper));
        Assert.Equal([T1], Changes(fromJob));
        Assert.Equal([T0, T2], Changes(fromB2));
    }

    [Fact]
    public async Task A_node_without_edges_has_an_empty_timeline()
    {
        var ns = TestEvents.Unique("lonely");
        using var client = _app.CreateIngestClient();
        var response = await client.PostJsonAsync("/api/v1/lineage", TestEvents.DatasetEvent(TestEvents.Dataset(ns, "alone"), T0));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var timeline = await TimelineAsync(client, $"dataset:{ns}:alone", depth: 3);

        Assert.Empty(Changes(timeline));
    }

    [Fact]
    public async Task Unknown_nodes_and_bad_node_ids_are_problems()
    {
        using var client = _app.CreateClient();

        var missing = await client.GetAsync($"/api/v1/lineage/timeline?nodeId={Segment("dataset:nowhere:nothing")}&depth=2");
        var bad = await client.GetAsync("/api/v1/lineage/timeline?nodeId=table-without-type");
        var absent = await client.GetAsync("/api/v1/lineage/timeline");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("nothing", (await missing.ReadJsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Invalid nodeId", (await bad.ReadJsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, absent.StatusCode);
    }

    /// <summary>a → j1 → b → j2 → c from T0/T1; at T2 j1 writes b2 instead of b.</summary>
    private static async Task PostChangingPipelineAsync(HttpClient client, string ns)
    {
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "j1", Guid.NewGuid().ToString(), T0,
            [TestEvents.Dataset(ns, "a")], [TestEvents.Dataset(ns, "b")]));
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "j2", Guid.NewGuid().ToString(), T1,
            [TestEvents.Dataset(ns, "b")], [TestEvents.Dataset(ns, "c")]));
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, "j1", Guid.NewGuid().ToString(), T2,
            [TestEvents.Dataset(ns, "a")], [TestEvents.Dataset(ns, "b2")]));
    }

    private static async Task PostAsync(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> TimelineAsync(HttpClient client, string nodeId, int depth)
    {
        var response = await client.GetAsync($"/api/v1/lineage/timeline?nodeId={Segment(nodeId)}&depth={depth}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static List<DateTimeOffset> Changes(JsonElement timeline) =>
        timeline.GetProperty("changes").EnumerateArray().Select(c => c.GetDateTimeOffset()).ToList();
}

public sealed class SqliteLineageTimelineTests(SqliteAppFixture fixture) : LineageTimelineTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlLineageTimelineTests(PostgreSqlAppFixture fixture) : LineageTimelineTests(fixture), IClassFixture<PostgreSqlAppFixture>;
