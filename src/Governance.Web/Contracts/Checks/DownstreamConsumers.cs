using Governance.Model;
using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Checks;

/// <summary>
/// The jobs a change to some topics would reach: everything downstream of them in the lineage graph
/// as it is now, transitively (a job that reads a topic, the jobs that read what it writes, and so on),
/// each with its depth and the owners to tell.
/// </summary>
public sealed class DownstreamConsumers(IDbContextFactory<GovernanceDbContext> contexts, LineageGraphReader lineage)
{
    private const string JobType = "JOB";

    public async Task<IReadOnlyList<DownstreamConsumer>> FindAsync(IReadOnlyCollection<EntityId> topics, CancellationToken ct)
    {
        var jobs = new Dictionary<string, Reached>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var graph = await lineage.GetAsync(new NodeId(NodeKind.Dataset, topic.Namespace, topic.Name), LineageGraphReader.MaxDepth, asOf: null, ct);
            if (graph is not null)
            {
                Walk(graph, NodeId.ForDataset(topic.Namespace, topic.Name), jobs);
            }
        }

        if (jobs.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var jobOwners = await JobOwnersAsync(db, jobs.Values.Select(j => j.Job).ToList(), ct);
        var datasetOwners = await DatasetOwnersAsync(db, jobs.Values.SelectMany(j => j.Writes).Distinct().ToList(), ct);
        return jobs.Values
            .Select(j =>
            {
                var own = jobOwners.GetValueOrDefault(j.Job) ?? [];
                var fromOutputs = j.Writes.SelectMany(w => datasetOwners.GetValueOrDefault(w) ?? []).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
                var (owners, from) = own.Count > 0 ? (own, "JOB") : fromOutputs.Count > 0 ? (fromOutputs, "OUTPUTS") : ([], (string?)null);
                return new DownstreamConsumer(j.Job.Namespace, j.Job.Name, j.Depth, Sorted(j.Reads), Sorted(j.Writes), owners, from);
            })
            .OrderBy(c => c.Depth).ThenBy(c => c.Namespace, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Breadth-first along the direction data flows; a job's depth is the fewest jobs from any start topic.</summary>
    private static void Walk(LineageGraph graph, string start, Dictionary<string, Reached> jobs)
    {
        var nodes = graph.Graph.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var frontier = new List<(string DatasetId, int Depth)> { (start, 0) };
        var seenDatasets = new HashSet<string>(StringComparer.Ordinal) { start };
        while (frontier.Count > 0)
        {
            var next = new List<(string, int)>();
            foreach (var (datasetId, depth) in frontier)
            {
                if (!nodes.TryGetValue(datasetId, out var dataset))
                {
                    continue;
                }

                foreach (var edge in dataset.OutEdges)
                {
                    if (!nodes.TryGetValue(edge.Destination, out var job) || job.Type != JobType)
                    {
                        continue;
                    }

                    var reached = jobs.TryGetValue(job.Id, out var known) ? known : jobs[job.Id] = new Reached(new EntityId(job.Data.Namespace, job.Data.Name), depth + 1);
                    reached.Depth = Math.Min(reached.Depth, depth + 1);
                    reached.Reads.Add(new EntityId(dataset.Data.Namespace, dataset.Data.Name));
                    foreach (var output in job.OutEdges.Select(e => nodes.GetValueOrDefault(e.Destination)).OfType<GraphNode>())
                    {
                        reached.Writes.Add(new EntityId(output.Data.Namespace, output.Data.Name));
                        if (seenDatasets.Add(output.Id))
                        {
                            next.Add((output.Id, depth + 1));
                        }
                    }
                }
            }

            frontier = next;
        }
    }

    private static async Task<Dictionary<EntityId, List<string>>> JobOwnersAsync(GovernanceDbContext db, List<EntityId> jobs, CancellationToken ct)
    {
        var names = jobs.Select(j => j.Name).Distinct().ToList();
        var rows = await db.Jobs.AsNoTracking().Where(j => names.Contains(j.Name))
            .Select(j => new { j.Id, Namespace = j.Namespace.Name, j.Name, j.FacetsJson }).ToListAsync(ct);
        var wanted = jobs.ToHashSet();
        var found = rows.Where(r => wanted.Contains(new EntityId(r.Namespace, r.Name))).ToList();
        var ids = found.Select(r => r.Id).ToList();
        var terms = (await db.CatalogTerms.AsNoTracking().Where(t => t.JobId != null && ids.Contains(t.JobId.Value) && t.Kind == CatalogTermKind.Owner)
            .Select(t => new { t.JobId, t.Value }).ToListAsync(ct)).ToLookup(t => t.JobId!.Value, t => t.Value);
        return found.ToDictionary(
            r => new EntityId(r.Namespace, r.Name),
            r => Owners(terms[r.Id], r.FacetsJson));
    }

    private static async Task<Dictionary<EntityId, List<string>>> DatasetOwnersAsync(GovernanceDbContext db, List<EntityId> datasets, CancellationToken ct)
    {
        var names = datasets.Select(d => d.Name).Distinct().ToList();
        var rows = await db.Datasets.AsNoTracking().Where(d => names.Contains(d.Name))
            .Select(d => new { d.Id, Namespace = d.Namespace.Name, d.Name, d.FacetsJson }).ToListAsync(ct);
        var wanted = datasets.ToHashSet();
        var found = rows.Where(r => wanted.Contains(new EntityId(r.Namespace, r.Name))).ToList();
        var ids = found.Select(r => r.Id).ToList();
        var terms = (await db.CatalogTerms.AsNoTracking().Where(t => t.DatasetId != null && ids.Contains(t.DatasetId.Value) && t.Kind == CatalogTermKind.Owner)
            .Select(t => new { t.DatasetId, t.Value }).ToListAsync(ct)).ToLookup(t => t.DatasetId!.Value, t => t.Value);
        return found.ToDictionary(
            r => new EntityId(r.Namespace, r.Name),
            r => Owners(terms[r.Id], r.FacetsJson));
    }

    /// <summary>Owners from the catalog's terms and from the entity's current facets (ownership, registry metadata).</summary>
    private static List<string> Owners(IEnumerable<string> terms, string facetsJson) =>
        terms.Concat(CatalogLabels.FromFacetsJson(facetsJson).Where(l => l.Kind == CatalogTermKind.Owner).Select(l => l.Value))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static List<EntityId> Sorted(IEnumerable<EntityId> ids) =>
        ids.Distinct().OrderBy(i => i.Namespace, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();

    private sealed class Reached(EntityId job, int depth)
    {
        public EntityId Job { get; } = job;
        public int Depth { get; set; } = depth;
        public HashSet<EntityId> Reads { get; } = [];
        public HashSet<EntityId> Writes { get; } = [];
    }
}
