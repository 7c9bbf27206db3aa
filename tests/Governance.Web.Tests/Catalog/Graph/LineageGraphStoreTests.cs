using Governance.Model;
using Governance.Web.Catalog.Graph;
using Governance.Web.Data.Entities;

namespace Governance.Web.Tests.Catalog.Graph;

/// <summary>The in-memory lineage graph: walk depth, cycles, validity at an instant, upserts.</summary>
public sealed class LineageGraphStoreTests
{
    private static readonly DateTime T0 = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime T1 = T0.AddHours(1);
    private static readonly DateTime T2 = T0.AddHours(2);

    // Dataset ids 1.., job ids 101..; the same number may be a dataset and a job (separate tables).
    private const long A = 1, B = 2, C = 3, D = 4, J1 = 101, J2 = 102, J3 = 103;

    [Fact]
    public void From_a_dataset_depth_counts_jobs_downstream_and_upstream()
    {
        // a → j1 → b → j2 → c → j3 → d
        var store = Chain();

        Assert.Empty(Walk(store, NodeKind.Dataset, A, depth: 0));
        Assert.Equal(["a>j1", "j1>b"], Walk(store, NodeKind.Dataset, A, depth: 1));
        Assert.Equal(["a>j1", "b>j2", "j1>b", "j2>c"], Walk(store, NodeKind.Dataset, A, depth: 2));
        Assert.Equal(["b>j2", "c>j3", "j2>c", "j3>d"], Walk(store, NodeKind.Dataset, C, depth: 1));
        Assert.Equal(6, Walk(store, NodeKind.Dataset, D, depth: 10).Count);
    }

    [Fact]
    public void From_a_job_depth_zero_is_its_own_inputs_and_outputs()
    {
        var store = Chain();

        Assert.Equal(["b>j2", "j2>c"], Walk(store, NodeKind.Job, J2, depth: 0));
        Assert.Equal(["a>j1", "b>j2", "c>j3", "j1>b", "j2>c", "j3>d"], Walk(store, NodeKind.Job, J2, depth: 1));
    }

    [Fact]
    public void Downstream_and_upstream_do_not_turn_around()
    {
        // a → j1 → b and x → j1: from a, the walk goes down through j1 but not back up to x.
        var store = new LineageGraphStore();
        store.Upsert(Row(1, J1, A, EdgeDirection.Input, T0));
        store.Upsert(Row(2, J1, B, EdgeDirection.Output, T0));
        store.Upsert(Row(3, J1, 9, EdgeDirection.Input, T0));

        Assert.Equal(["a>j1", "j1>b"], Walk(store, NodeKind.Dataset, A, depth: 5));
        Assert.Equal(["a>j1", "j1>b", "x>j1"], Walk(store, NodeKind.Dataset, B, depth: 5));
    }

    [Fact]
    public void Cycles_end_the_walk_and_every_edge_is_found_once()
    {
        // a → j1 → b → j2 → a
        var store = new LineageGraphStore();
        store.Upsert(Row(1, J1, A, EdgeDirection.Input, T0));
        store.Upsert(Row(2, J1, B, EdgeDirection.Output, T0));
        store.Upsert(Row(3, J2, B, EdgeDirection.Input, T0));
        store.Upsert(Row(4, J2, A, EdgeDirection.Output, T0));

        Assert.Equal(["a>j1", "b>j2", "j1>b", "j2>a"], Walk(store, NodeKind.Dataset, A, depth: 100));
        Assert.Equal(["a>j1", "b>j2", "j1>b", "j2>a"], Walk(store, NodeKind.Job, J1, depth: 100));
    }

    [Fact]
    public void An_edge_is_valid_from_its_start_inclusive_to_its_end_exclusive()
    {
        var store = new LineageGraphStore();
        store.Upsert(Row(1, J1, A, EdgeDirection.Input, T0, T1));

        Assert.Empty(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(T0.AddTicks(-1))));
        Assert.Single(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(T0)));
        Assert.Single(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(T1.AddTicks(-1))));
        Assert.Empty(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(T1)));
        Assert.Empty(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.Current));
        Assert.Single(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AnyTime));
    }

    [Fact]
    public void An_open_edge_counts_now_and_at_any_instant_after_its_start()
    {
        var store = new LineageGraphStore();
        store.Upsert(Row(1, J1, A, EdgeDirection.Input, T1));

        Assert.Empty(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(T0)));
        Assert.Single(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(DateTime.MaxValue.AddTicks(-1))));
        Assert.Single(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.Current));
        // An instant of unspecified kind is UTC, like every stored instant.
        Assert.Single(Walk(store, NodeKind.Dataset, A, 1, EdgeFilter.AsOf(DateTime.SpecifyKind(T1, DateTimeKind.Unspecified))));
    }

    [Fact]
    public void The_walk_stops_at_edges_invalid_at_the_instant_and_goes_on_through_valid_ones()
    {
        // a → j1 → b from T0; j1 → b closes at T1, when j1 → c opens.
        var store = new LineageGraphStore();
        store.Upsert(Row(1, J1, A, EdgeDirection.Input, T0));
        store.Upsert(Row(2, J1, B, EdgeDirection.Output, T0, T1));
        store.Upsert(Row(3, J1, C, EdgeDirection.Output, T1));
        store.Upsert(Row(4, J2, B, EdgeDirection.Input, T0));

        Assert.Equal(["a>j1", "b>j2", "j1>b"], Walk(store, NodeKind.Dataset, A, 2, EdgeFilter.AsOf(T0)));
        Assert.Equal(["a>j1", "j1>c"], Walk(store, NodeKind.Dataset, A, 2, EdgeFilter.AsOf(T1)));
        Assert.Equal(["a>j1", "b>j2", "j1>b", "j1>c"], Walk(store, NodeKind.Dataset, A, 2, EdgeFilter.AnyTime));
    }

    [Fact]
    public void Upserting_an_edge_again_closes_or_moves_it()
    {
        var store = new LineageGraphStore(capacity: 1);
        store.Upsert(Row(1, J1, A, EdgeDirection.Input, T0));
        store.Upsert(Row(2, J1, B, EdgeDirection.Output, T0));

        // Edge 2 closes; edge 1 moves to dataset c (identities merged).
        store.Upsert(Row(2, J1, B, EdgeDirection.Output, T0, T2));
        store.Upsert(Row(1, J1, C, EdgeDirection.Input, T0));

        Assert.Equal(2, store.EdgeCount);
        Assert.Empty(Walk(store, NodeKind.Dataset, A, 5));
        Assert.Equal(["c>j1"], Walk(store, NodeKind.Dataset, C, 5));
        Assert.Equal(["c>j1", "j1>b"], Walk(store, NodeKind.Dataset, C, 5, EdgeFilter.AsOf(T1)));
    }

    [Fact]
    public void Many_edges_grow_the_arrays_and_stay_reachable()
    {
        var store = new LineageGraphStore(capacity: 4);
        for (var i = 0; i < 5_000; i++)
        {
            store.Upsert(Row(i + 1, J1, 1000 + i, i % 2 == 0 ? EdgeDirection.Input : EdgeDirection.Output, T0));
        }

        Assert.Equal(5_000, store.EdgeCount);
        Assert.Equal(5_000, store.Walk(NodeKind.Job, J1, 0, EdgeFilter.Current).Count);
        // Dataset 1000 is read by j1, which writes the 2,500 odd ones.
        Assert.Equal(2_501, store.Walk(NodeKind.Dataset, 1000, 1, EdgeFilter.Current).Count);
    }

    private static LineageGraphStore Chain()
    {
        var store = new LineageGraphStore();
        long[] datasets = [A, B, C, D];
        long[] jobs = [J1, J2, J3];
        for (var i = 0; i < jobs.Length; i++)
        {
            store.Upsert(Row(2 * i + 1, jobs[i], datasets[i], EdgeDirection.Input, T0));
            store.Upsert(Row(2 * i + 2, jobs[i], datasets[i + 1], EdgeDirection.Output, T0));
        }

        return store;
    }

    private static LineageEdgeRow Row(long id, long job, long dataset, EdgeDirection direction, DateTime from, DateTime? to = null) =>
        new(id, job, dataset, direction, from, to);

    private static List<string> Walk(LineageGraphStore store, NodeKind kind, long id, int depth, EdgeFilter? filter = null) =>
        store.Walk(kind, id, depth, filter ?? EdgeFilter.Current)
            .Select(slot => store[slot])
            .Select(e => e.Direction == EdgeDirection.Input ? $"{Name(e.DatasetId)}>j{e.JobId - 100}" : $"j{e.JobId - 100}>{Name(e.DatasetId)}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Name(long dataset) => dataset switch
    {
        A => "a",
        B => "b",
        C => "c",
        D => "d",
        9 => "x",
        _ => dataset.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
