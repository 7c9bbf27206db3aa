using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Bench.Lineage;

/// <summary>What the generator was asked for.</summary>
/// <param name="Nodes">Datasets plus jobs (half each).</param>
/// <param name="Layers">Pipeline stages: each job reads from one layer of datasets and writes the next.</param>
/// <param name="Spread">How far (in positions within a layer) a job's inputs and outputs lie from its own position.</param>
/// <param name="ChangedJobs">Share of jobs whose lineage changed in the past (one output replaced by another).</param>
/// <param name="SkipInputs">Share of inputs read from an earlier stage than the job's own (a raw topic read again further down).</param>
internal sealed record SyntheticGraphOptions(int Nodes, int Layers, int Spread, double ChangedJobs, double SkipInputs, int Seed);

/// <summary>A node to start walks from.</summary>
internal sealed record StartNode(string Namespace, string Name);

/// <summary>What was written, and the instants that matter for <c>asOf</c>.</summary>
internal sealed record SyntheticGraph(int Datasets, int Jobs, int Edges, int ClosedEdges, DateTime Start, DateTime ChangedAt, IReadOnlyList<StartNode> Starts);

/// <summary>
/// A layered platform: datasets in stages, each job reading three datasets of one stage and
/// writing two of the next, near its own position (streams are consumed by neighbouring teams,
/// not uniformly across the company), some inputs reaching further up. Five edges per job, about
/// five per node on average; some jobs replaced an output in the past, so the graph as of an
/// earlier instant differs.
/// </summary>
internal static class SyntheticLineageGraph
{
    private const int Inputs = 3;
    private const int Outputs = 2;
    private const int Namespaces = 20;
    private const int BatchSize = 20_000;

    public static async Task<SyntheticGraph> WriteAsync(IDbContextFactory<GovernanceDbContext> contexts, SyntheticGraphOptions options)
    {
        var random = new Random(options.Seed);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var changedAt = start.AddDays(10);
        var datasetCount = options.Nodes / 2;
        var jobCount = options.Nodes - datasetCount;
        var width = (datasetCount + options.Layers - 1) / options.Layers;

        var namespaces = await InsertNamespacesAsync(contexts, start);
        var datasets = new List<DatasetEntity>(datasetCount);
        for (var i = 0; i < datasetCount; i++)
        {
            var (layer, position) = (i / width, i % width);
            datasets.Add(new DatasetEntity
            {
                NamespaceId = namespaces[i % Namespaces].Id,
                Name = $"stage{layer:00}.topic{position:00000}",
                Type = "TOPIC",
                Description = $"Synthetic topic {position} of stage {layer}",
                FacetsJson = "{}",
                CreatedAt = start,
                UpdatedAt = start.AddMinutes(random.Next(60 * 24 * 30)),
            });
        }

        await InsertAsync(contexts, datasets);
        var jobs = new List<JobEntity>(jobCount);
        for (var i = 0; i < jobCount; i++)
        {
            jobs.Add(new JobEntity
            {
                NamespaceId = namespaces[i % Namespaces].Id,
                Name = $"job{i:000000}",
                Type = "STREAMING",
                FacetsJson = "{}",
                CreatedAt = start,
                UpdatedAt = start.AddMinutes(random.Next(60 * 24 * 30)),
            });
        }

        await InsertAsync(contexts, jobs);
        await InsertAsync(contexts, Tags(datasets, random));

        var edges = new List<LineageEdge>(jobCount * (Inputs + Outputs + 1));
        var closed = 0;
        var transitions = options.Layers - 1;
        for (var i = 0; i < jobCount; i++)
        {
            var layer = i % transitions;
            var position = (int)((long)(i / transitions) * width / Math.Max(1, jobCount / transitions));
            var opened = start.AddMinutes(random.Next(60 * 48));
            var eventId = i + 1L;
            var inputs = Near(random, layer, position, width, options.Spread, Inputs, datasetCount);
            if (layer > 0 && inputs.Count > 0 && random.NextDouble() < options.SkipInputs * Inputs)
            {
                // One input comes from one to three stages further up: paths of several lengths meet.
                var earlier = Near(random, Math.Max(0, layer - random.Next(1, 4)), position, width, options.Spread, 1, datasetCount);
                inputs[^1] = earlier.Count == 1 && !inputs.Contains(earlier[0]) ? earlier[0] : inputs[^1];
            }

            foreach (var input in inputs)
            {
                edges.Add(Edge(jobs[i].Id, datasets[input].Id, EdgeDirection.Input, opened, null, eventId));
            }

            var outputs = Near(random, layer + 1, position, width, options.Spread, Outputs + 1, datasetCount);
            var changed = random.NextDouble() < options.ChangedJobs && outputs.Count > Outputs;
            for (var o = 0; o < Math.Min(Outputs, outputs.Count); o++)
            {
                // A changed job wrote its first output until changedAt, and the spare one since.
                var replaced = changed && o == 0;
                edges.Add(Edge(jobs[i].Id, datasets[outputs[o]].Id, EdgeDirection.Output, opened, replaced ? changedAt : null, replaced ? jobCount + eventId : eventId));
                if (replaced)
                {
                    edges.Add(Edge(jobs[i].Id, datasets[outputs[Outputs]].Id, EdgeDirection.Output, changedAt, null, jobCount + eventId));
                    closed++;
                }
            }
        }

        await InsertAsync(contexts, edges);
        var starts = Enumerable.Range(0, 500)
            .Select(_ => datasets[random.Next(datasetCount / 4, datasetCount * 3 / 4)])
            .Select(d => new StartNode(namespaces.Single(n => n.Id == d.NamespaceId).Name, d.Name))
            .ToList();
        return new SyntheticGraph(datasetCount, jobCount, edges.Count, closed, start, changedAt, starts);
    }

    /// <summary>Distinct dataset indexes in <paramref name="layer"/> around <paramref name="position"/>.</summary>
    private static List<int> Near(Random random, int layer, int position, int width, int spread, int count, int datasetCount)
    {
        var picked = new List<int>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 10; attempt++)
        {
            var column = ((position + random.Next(-spread, spread + 1)) % width + width) % width;
            var index = layer * width + column;
            if (index < datasetCount && !picked.Contains(index))
            {
                picked.Add(index);
            }
        }

        return picked;
    }

    private static LineageEdge Edge(long job, long dataset, EdgeDirection direction, DateTime from, DateTime? to, long eventId) => new()
    {
        JobId = job,
        DatasetId = dataset,
        Direction = direction,
        ValidFrom = from,
        ValidTo = to,
        LastSeenAt = to ?? from,
        RawEventId = eventId,
        ChangedByEventId = eventId,
    };

    /// <summary>A PII classification on one dataset in ten and a tag on one in twenty, so nodes carry labels to read.</summary>
    private static List<CatalogTerm> Tags(List<DatasetEntity> datasets, Random random) => datasets
        .SelectMany(d => new[]
        {
            random.Next(10) == 0 ? new CatalogTerm { DatasetId = d.Id, Kind = CatalogTermKind.Classification, Value = "PII", NormalizedValue = "pii" } : null,
            random.Next(20) == 0 ? new CatalogTerm { DatasetId = d.Id, Kind = CatalogTermKind.Tag, Value = "gold", NormalizedValue = "gold" } : null,
        })
        .OfType<CatalogTerm>()
        .ToList();

    private static async Task<List<NamespaceEntity>> InsertNamespacesAsync(IDbContextFactory<GovernanceDbContext> contexts, DateTime start)
    {
        var namespaces = Enumerable.Range(0, Namespaces)
            .Select(i => new NamespaceEntity { Name = $"kafka://cluster{i:00}:9092", CreatedAt = start, UpdatedAt = start })
            .ToList();
        await InsertAsync(contexts, namespaces);
        return namespaces;
    }

    /// <summary>Bulk insert through EF Core: batches in fresh contexts without change detection.</summary>
    private static async Task InsertAsync<T>(IDbContextFactory<GovernanceDbContext> contexts, List<T> rows) where T : class
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync();
        }
    }
}
