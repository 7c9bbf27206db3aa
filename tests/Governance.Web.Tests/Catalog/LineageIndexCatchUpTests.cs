using System.Text.Json.Nodes;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Web.Tests.Catalog.LineageGraphJson;

namespace Governance.Web.Tests.Catalog;

/// <summary>
/// The in-memory lineage index follows the database without a restart: every projection that
/// creates or changes an edge stamps it with its event, and the next query loads what was stamped.
/// </summary>
public abstract class LineageIndexCatchUpTests(AppFixture fixture)
{
    private const string SymlinksSchema = "https://openlineage.io/spec/facets/1-0-1/SymlinksDatasetFacet.json#/$defs/SymlinksDatasetFacet";
    private const string LifecycleSchema = "https://openlineage.io/spec/facets/1-0-1/LifecycleStateChangeDatasetFacet.json#/$defs/LifecycleStateChangeDatasetFacet";
    private static readonly DateTimeOffset T0 = new(2026, 8, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Edges_added_and_closed_after_the_index_loaded_are_reflected()
    {
        var ns = TestEvents.Unique("catchup");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, Complete(ns, "j1", T0, ["a"], ["b"]));
        Assert.Equal(["a>j1", "j1>b"], Edges(await GraphAsync(client, $"dataset:{ns}:a", 5), ns));

        var opened = await PostAsync(client, Complete(ns, "j2", T0.AddHours(1), ["b"], ["c"]));
        var changed = await PostAsync(client, Complete(ns, "j1", T0.AddHours(2), ["a"], ["b2"]));

        Assert.Equal(["a>j1", "j1>b2"], Edges(await GraphAsync(client, $"dataset:{ns}:a", 5), ns));
        Assert.Equal(["a>j1", "b>j2", "j1>b", "j2>c"], Edges(await GraphAsync(client, $"dataset:{ns}:a", 5, T0.AddMinutes(90)), ns));
        Assert.Equal(["b>j2", "j2>c"], Edges(await GraphAsync(client, $"dataset:{ns}:c", 5), ns));
        Assert.Equal(opened, await StampAsync(ns, "j2", "c", EdgeDirection.Output));
        Assert.Equal(changed, await StampAsync(ns, "j1", "b", EdgeDirection.Output));
        Assert.Equal(changed, await StampAsync(ns, "j1", "b2", EdgeDirection.Output));
    }

    [Fact]
    public async Task Confirming_an_edge_does_not_stamp_it_again()
    {
        var ns = TestEvents.Unique("confirm");
        using var client = _app.CreateIngestClient();
        var first = await PostAsync(client, Complete(ns, "j1", T0, ["a"], ["b"]));

        var confirmation = await PostAsync(client, Complete(ns, "j1", T0.AddHours(1), ["a"], ["b"]));

        Assert.True(confirmation > first);
        Assert.Equal(first, await StampAsync(ns, "j1", "a", EdgeDirection.Input));
        Assert.Equal(T0.AddHours(1).UtcDateTime, await _app.QueryAsync(db => db.LineageEdges
            .Where(e => e.Job.Name == "j1" && e.Job.Namespace.Name == ns && e.Dataset.Name == "a").Select(e => e.LastSeenAt).SingleAsync()));
    }

    [Fact]
    public async Task Edges_moved_by_a_symlink_merge_are_reflected()
    {
        var clusterNs = TestEvents.Unique("kafka://lkc");
        var brokerNs = TestEvents.Unique("kafka://broker") + ":9092";
        var jobNs = TestEvents.Unique("flink");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.Run("RUNNING", jobNs, "enricher", Guid.NewGuid().ToString(), T0, [TestEvents.Dataset(brokerNs, "orders")]));
        var before = await GraphAsync(client, $"job:{jobNs}:enricher", 1);
        Assert.Equal([$"dataset:{brokerNs}:orders"], Node(before, $"job:{jobNs}:enricher").GetProperty("inEdges").EnumerateArray().Select(e => e.GetProperty("origin").GetString()));

        var canonical = TestEvents.Dataset(clusterNs, "orders").WithFacet("symlinks", SymlinksSchema, new JsonObject
        {
            ["identifiers"] = new JsonArray(new JsonObject { ["namespace"] = brokerNs, ["name"] = "orders", ["type"] = "TOPIC" }),
        });
        var merge = await PostAsync(client, TestEvents.DatasetEvent(canonical, T0.AddMinutes(1)));

        var after = await GraphAsync(client, $"job:{jobNs}:enricher", 1);
        Assert.Equal([$"dataset:{clusterNs}:orders"], Node(after, $"job:{jobNs}:enricher").GetProperty("inEdges").EnumerateArray().Select(e => e.GetProperty("origin").GetString()));
        Assert.Equal([$"dataset:{clusterNs}:orders", $"job:{jobNs}:enricher"], after.GetProperty("graph").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(merge, await _app.QueryAsync(db => db.LineageEdges
            .Where(e => e.Job.Name == "enricher" && e.Job.Namespace.Name == jobNs).Select(e => e.ChangedByEventId).SingleAsync()));
    }

    [Fact]
    public async Task Edges_closed_by_a_dataset_drop_are_reflected()
    {
        var ns = TestEvents.Unique("drop");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.JobEvent(ns, "loyalty", T0, [TestEvents.Dataset(ns, "purchases")], [TestEvents.Dataset(ns, "points")]));
        Assert.Equal(["loyalty>points", "purchases>loyalty"], Edges(await GraphAsync(client, $"dataset:{ns}:purchases", 5), ns));

        var dropped = TestEvents.Dataset(ns, "points").WithFacet("lifecycleStateChange", LifecycleSchema, new JsonObject { ["lifecycleStateChange"] = "DROP" });
        var drop = await PostAsync(client, TestEvents.DatasetEvent(dropped, T0.AddHours(1)));

        Assert.Equal(["purchases>loyalty"], Edges(await GraphAsync(client, $"dataset:{ns}:purchases", 5), ns));
        Assert.Equal(["loyalty>points", "purchases>loyalty"], Edges(await GraphAsync(client, $"dataset:{ns}:purchases", 5, T0.AddMinutes(30)), ns));
        Assert.Equal(drop, await StampAsync(ns, "loyalty", "points", EdgeDirection.Output));
    }

    private static JsonObject Complete(string ns, string job, DateTimeOffset time, string[] inputs, string[] outputs) =>
        TestEvents.Run("COMPLETE", ns, job, Guid.NewGuid().ToString(), time,
            inputs.Select(i => TestEvents.Dataset(ns, i)), outputs.Select(o => TestEvents.Dataset(ns, o)));

    private Task<long> StampAsync(string ns, string job, string dataset, EdgeDirection direction) =>
        _app.QueryAsync(db => db.LineageEdges
            .Where(e => e.Job.Namespace.Name == ns && e.Job.Name == job && e.Dataset.Name == dataset && e.Direction == direction)
            .Select(e => e.ChangedByEventId).SingleAsync());
}

public sealed class SqliteLineageIndexCatchUpTests(SqliteAppFixture fixture) : LineageIndexCatchUpTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlLineageIndexCatchUpTests(PostgreSqlAppFixture fixture) : LineageIndexCatchUpTests(fixture), IClassFixture<PostgreSqlAppFixture>;
