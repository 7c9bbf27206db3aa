using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Catalog.LineageGraphJson;

namespace Governance.Web.Tests.Catalog;

/// <summary>
/// <c>GET /api/v1/lineage?asOf=</c> returns exactly the edges valid at the instant, at the
/// boundaries too: an edge counts from the instant it opened and no longer at the instant it closed.
/// </summary>
public abstract class LineagePointInTimeTests(AppFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 8, 0, 0, 120, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddHours(1).AddMilliseconds(7);
    private static readonly DateTimeOffset T2 = T0.AddHours(2).AddMilliseconds(333);
    private static readonly DateTimeOffset T3 = T0.AddHours(3).AddMilliseconds(900);
    private readonly GovernanceApp _app = fixture.App;

    public static TheoryData<int?, string[]> FromJob1 => new()
    {
        // Milliseconds after T0 (null: now), and the edges valid then.
        { -60_000, [] },                                                          // before anything
        { 0, ["a>j1", "j1>b"] },                                                  // the instant j1 first completed
        { 30 * 60_000, ["a>j1", "j1>b"] },                                        // between j1 and j2
        { 60 * 60_000 + 7, ["a>j1", "b>j2", "j1>b", "j2>c"] },                    // the instant j2 first completed (T1)
        { 2 * 60 * 60_000 + 332, ["a>j1", "b>j2", "j1>b", "j2>c"] },              // a millisecond before j1 changed
        { 2 * 60 * 60_000 + 333, ["a>j1", "j1>b2", "x>j1"] },                     // the instant j1 changed (T2)
        { 3 * 60 * 60_000 + 900, ["a>j1", "b2>j2", "j1>b2", "j2>c", "x>j1"] },    // the instant j2 changed (T3)
        { null, ["a>j1", "b2>j2", "j1>b2", "j2>c", "x>j1"] },                     // now
    };

    [Theory]
    [MemberData(nameof(FromJob1))]
    public async Task The_graph_around_a_job_holds_exactly_the_edges_valid_at_the_instant(int? millisecondsAfterT0, string[] expected)
    {
        var ns = await PostHistoryAsync();
        using var client = _app.CreateClient();

        var graph = await GraphAsync(client, $"job:{ns}:j1", depth: 5, millisecondsAfterT0 is { } ms ? T0.AddMilliseconds(ms) : null);

        Assert.Equal(expected, Edges(graph, ns));
        var nodes = expected.SelectMany(e => e.Split('>')).Append("j1").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(nodes, Nodes(graph, ns));
    }

    [Fact]
    public async Task Upstream_of_the_last_dataset_follows_the_edges_valid_at_each_change()
    {
        var ns = await PostHistoryAsync();
        using var client = _app.CreateClient();
        var node = $"dataset:{ns}:c";

        Assert.Equal(["c"], Nodes(await GraphAsync(client, node, 5, T0), ns));
        Assert.Equal(["a>j1", "b>j2", "j1>b", "j2>c"], Edges(await GraphAsync(client, node, 5, T1), ns));
        // j1 stopped writing b at T2, so c's upstream ends at b until j2 reads b2 at T3.
        Assert.Equal(["b>j2", "j2>c"], Edges(await GraphAsync(client, node, 5, T2), ns));
        Assert.Equal(["a>j1", "b2>j2", "j1>b2", "j2>c", "x>j1"], Edges(await GraphAsync(client, node, 5, T3), ns));
        Assert.Equal(["b2>j2", "j2>c"], Edges(await GraphAsync(client, node, 1, T3), ns));
    }

    /// <summary>
    /// T0: j1 reads a, writes b. T1: j2 reads b, writes c. T2: j1 reads a and x, writes b2 (j1 → b
    /// closes). T3: j2 reads b2, writes c (b → j2 closes). Each as a START and a COMPLETE run.
    /// </summary>
    private async Task<string> PostHistoryAsync()
    {
        var ns = TestEvents.Unique("history");
        using var client = _app.CreateIngestClient();
        await RunAsync(client, ns, "j1", T0, ["a"], ["b"]);
        await RunAsync(client, ns, "j2", T1, ["b"], ["c"]);
        await RunAsync(client, ns, "j1", T2, ["a", "x"], ["b2"]);
        await RunAsync(client, ns, "j2", T3, ["b2"], ["c"]);
        return ns;
    }

    private static async Task RunAsync(HttpClient client, string ns, string job, DateTimeOffset completedAt, string[] inputs, string[] outputs)
    {
        var runId = Guid.NewGuid().ToString();
        // The START reports no datasets, so every edge opens at the COMPLETE instant.
        await PostAsync(client, TestEvents.Run("START", ns, job, runId, completedAt.AddMinutes(-1)));
        await PostAsync(client, TestEvents.Run("COMPLETE", ns, job, runId, completedAt,
            inputs.Select(i => TestEvents.Dataset(ns, i)), outputs.Select(o => TestEvents.Dataset(ns, o))));
    }
}

public sealed class SqliteLineagePointInTimeTests(SqliteAppFixture fixture) : LineagePointInTimeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlLineagePointInTimeTests(PostgreSqlAppFixture fixture) : LineagePointInTimeTests(fixture), IClassFixture<PostgreSqlAppFixture>;
