using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Governance.Bench.Lineage;
using Governance.Bench.Reporting;
using Governance.Model;
using Governance.Web.Catalog;
using Governance.Web.Catalog.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace Governance.Bench.Commands;

/// <summary>
/// <c>lineage</c>: latency of lineage graph queries on a large synthetic graph, through the portal's
/// in-memory index and through a recursive SQL query (the way Marquez walks), in the same database.
/// </summary>
internal static class LineageCommand
{
    private static readonly (string Name, int Depth, bool Past)[] Cases =
        [("depth 1", 1, false), ("depth 3", 3, false), ("depth 5", 5, false), ("depth 10", 10, false), ("depth 5, asOf past", 5, true)];

    public static Command Create()
    {
        var nodes = new Option<int>("--nodes") { Description = "datasets plus jobs", DefaultValueFactory = _ => 100_000 };
        var layers = new Option<int>("--layers") { Description = "pipeline stages of datasets", DefaultValueFactory = _ => 20 };
        var spread = new Option<int>("--spread") { Description = "how far within a stage a job's datasets lie from it", DefaultValueFactory = _ => 8 };
        var changed = new Option<double>("--changed") { Description = "share of jobs whose output changed in the past", DefaultValueFactory = _ => 0.2 };
        var skip = new Option<double>("--skip-inputs") { Description = "share of inputs read from an earlier stage", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<int>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42 };
        var queries = new Option<int>("--queries") { Description = "queries per case", DefaultValueFactory = _ => 200 };
        var budget = new Option<int>("--sql-budget") { Description = "seconds at most per case for the recursive SQL walks", DefaultValueFactory = _ => 60 };
        var postgres = new Option<string?>("--postgres") { Description = "also measure on a fresh database on this PostgreSQL server (Npgsql connection string)" };
        var command = new Command("lineage", "Measure lineage graph queries on a synthetic graph: in-memory index versus recursive SQL.")
        {
            nodes, layers, spread, changed, skip, seed, queries, budget, postgres,
        };
        command.SetAction(async result =>
        {
            var graph = new SyntheticGraphOptions(result.GetValue(nodes), result.GetValue(layers), result.GetValue(spread), result.GetValue(changed), result.GetValue(skip), result.GetValue(seed));
            var settings = new Settings(graph, result.GetValue(queries), TimeSpan.FromSeconds(result.GetValue(budget)));
            await using (var sqlite = await BenchDatabase.SqliteAsync())
            {
                await RunAsync(sqlite, settings);
            }

            if (result.GetValue(postgres) is { Length: > 0 } server)
            {
                await using var pg = await BenchDatabase.PostgreSqlAsync(server);
                await RunAsync(pg, settings);
            }

            return 0;
        });
        return command;
    }

    private sealed record Settings(SyntheticGraphOptions Graph, int Queries, TimeSpan SqlBudget);

    private static async Task RunAsync(BenchDatabase database, Settings settings)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width; keep the wide table readable in a log.
            console.Profile.Width = Math.Max(console.Profile.Width, 200);
        }

        console.MarkupLine($"[bold]{database.Engine}[/]: writing {Format.Count(settings.Graph.Nodes)} nodes…");
        var fill = Stopwatch.StartNew();
        var graph = await SyntheticLineageGraph.WriteAsync(database, settings.Graph);
        fill.Stop();

        await using (var warm = database.CreateDbContext())
        {
            // Planner statistics, as a database in service has them (autovacuum, or SQLite's optimizer).
            await warm.Database.ExecuteSqlRawAsync("ANALYZE");
            await warm.Datasets.CountAsync(); // the EF model is built once, not inside the measurements
        }

        var options = Microsoft.Extensions.Options.Options.Create(new LineageIndexOptions());
        using var index = new LineageIndex(database, options, TimeProvider.System, NullLogger<LineageIndex>.Instance);
        var reader = new LineageGraphReader(database, index);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var load = Stopwatch.StartNew();
        await index.CatchUpAsync(CancellationToken.None);
        load.Stop();
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        var checks = new Latencies();
        for (var i = 0; i < 50; i++)
        {
            var check = Stopwatch.StartNew();
            await index.CatchUpAsync(CancellationToken.None);
            checks.Add(check.Elapsed);
        }

        new ResultTable($"lineage on {database.Engine}: {Format.Count(settings.Graph.Nodes)} nodes, {settings.Graph.Layers} stages, spread {settings.Graph.Spread}, skip {settings.Graph.SkipInputs:0.##}")
            .AddMachine(Machine.Current())
            .Add("graph", "datasets", Format.Count(graph.Datasets))
            .Add("graph", "jobs", Format.Count(graph.Jobs))
            .Add("graph", "edges", Format.Count(graph.Edges))
            .Add("graph", "edges closed in the past", Format.Count(graph.ClosedEdges))
            .Add("graph", "bulk insert (EF Core)", Format.Duration(fill.Elapsed))
            .Add("index", "cold load (first query)", Format.Duration(load.Elapsed))
            .Add("index", "managed memory", Format.Bytes(indexBytes))
            .Add("index", "freshness check, nothing changed (p50)", Latencies.Format(checks.Percentile(50)))
            .Write(console);

        var starts = await ResolveStartsAsync(database, graph.Starts);
        var table = new Table { Title = new TableTitle($"lineage queries on {database.Engine}, {settings.Queries} per case"), Border = TableBorder.Rounded };
        foreach (var column in new[] { "case", "nodes", "edges", "reader p50 / p95 / p99", "reader cpu", "walk p95", "BFS p50 / p95", "SQL p50 / p95 / p99", "SQL n", "SQL ÷ reader p50 | p95", "SQL ÷ walk p95", "same edges" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var (name, depth, past) in Cases)
        {
            DateTime? asOf = past ? graph.ChangedAt.AddDays(-5) : null;
            var row = await MeasureAsync(database, reader, index, starts, depth, asOf, settings);
            table.AddRow(
                name, row.Nodes.ToString("0", CultureInfo.InvariantCulture), row.Edges.ToString("0", CultureInfo.InvariantCulture),
                Percentiles(row.Reader), Latencies.Format(row.ReaderCpu.TotalMilliseconds / settings.Queries), Latencies.Format(row.Walk.Percentile(95)),
                $"{Latencies.Format(row.Bfs.Percentile(50))} / {Latencies.Format(row.Bfs.Percentile(95))}", Percentiles(row.Sql),
                row.Sql.Count.ToString(CultureInfo.InvariantCulture),
                $"{Ratio(row.Sql.Percentile(50), row.Reader.Percentile(50))} | {Ratio(row.Sql.Percentile(95), row.Reader.Percentile(95))}",
                Ratio(row.Sql.Percentile(95), row.Walk.Percentile(95)),
                row.SameEdges ? "yes" : "[red]NO[/]");
        }

        console.Write(table);
        console.MarkupLine("[grey]reader: LineageGraphReader.GetAsync (freshness check, walk, node metadata and tags, DTOs); reader cpu: this process's CPU time per call, "
            + "which a busy machine inflates less than wall time; walk: the index walk with its freshness check; BFS: the in-memory walk alone; SQL: one recursive query returning the edges only.[/]");
    }

    private sealed record CaseResult(Latencies Reader, TimeSpan ReaderCpu, Latencies Walk, Latencies Bfs, Latencies Sql, double Nodes, double Edges, bool SameEdges);

    private static async Task<CaseResult> MeasureAsync(
        BenchDatabase database, LineageGraphReader reader, LineageIndex index, IReadOnlyList<(NodeId Node, long Id)> starts, int depth, DateTime? asOf, Settings settings)
    {
        var filter = EdgeFilter.For(asOf);
        var (readerTimes, walkTimes, bfsTimes, sqlTimes) = (new Latencies(), new Latencies(), new Latencies(), new Latencies());
        long nodes = 0, edges = 0;
        var same = true;
        for (var i = 0; i < 5; i++)
        {
            // Warm-up: JIT, query plans, connection pool.
            await reader.GetAsync(starts[i].Node, depth, asOf, CancellationToken.None);
            await using var db = database.CreateDbContext();
            await RecursiveCteWalk.WalkAsync(db, starts[i].Id, depth, asOf);
        }

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var readerCpu = TimeSpan.Zero;
        for (var q = 0; q < settings.Queries; q++)
        {
            var (node, id) = starts[q % starts.Count];
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var graph = await reader.GetAsync(node, depth, asOf, CancellationToken.None);
            readerTimes.Add(watch.Elapsed);
            process.Refresh();
            readerCpu += process.TotalProcessorTime - cpu;
            nodes += graph!.Graph.Count;
            edges += graph.Graph.Sum(n => n.OutEdges.Count);

            watch.Restart();
            await index.WalkAsync(NodeKind.Dataset, id, depth, filter, CancellationToken.None);
            walkTimes.Add(watch.Elapsed);

            watch.Restart();
            index.Walk(NodeKind.Dataset, id, depth, filter);
            bfsTimes.Add(watch.Elapsed);
        }

        for (var q = 0; q < settings.Queries && (q < 5 || sqlTimes.Total < settings.SqlBudget); q++)
        {
            var (node, id) = starts[q % starts.Count];
            await using var db = database.CreateDbContext();
            var watch = Stopwatch.StartNew();
            var sqlEdges = await RecursiveCteWalk.WalkAsync(db, id, depth, asOf);
            sqlTimes.Add(watch.Elapsed);
            if (q < 5)
            {
                var walked = await index.WalkAsync(NodeKind.Dataset, id, depth, filter, CancellationToken.None);
                same &= walked.Select(e => (e.JobId, e.DatasetId, e.Direction)).Distinct().Count() == sqlEdges;
            }
        }

        return new CaseResult(readerTimes, readerCpu, walkTimes, bfsTimes, sqlTimes, nodes / (double)settings.Queries, edges / (double)settings.Queries, same);
    }

    private static async Task<List<(NodeId Node, long Id)>> ResolveStartsAsync(BenchDatabase database, IReadOnlyList<StartNode> starts)
    {
        await using var db = database.CreateDbContext();
        var result = new List<(NodeId, long)>(starts.Count);
        foreach (var start in starts)
        {
            var id = await db.Datasets.Where(d => d.Namespace.Name == start.Namespace && d.Name == start.Name).Select(d => d.Id).SingleAsync();
            result.Add((new NodeId(NodeKind.Dataset, start.Namespace, start.Name), id));
        }

        return result;
    }

    private static string Percentiles(Latencies latencies) =>
        $"{Latencies.Format(latencies.Percentile(50))} / {Latencies.Format(latencies.Percentile(95))} / {Latencies.Format(latencies.Percentile(99))}";

    private static string Ratio(double slow, double fast) =>
        double.IsNaN(slow) || fast <= 0 ? "-" : (slow / fast).ToString("0.0", CultureInfo.InvariantCulture) + "×";
}
