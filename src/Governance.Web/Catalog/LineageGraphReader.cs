using Governance.Model;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Walks the lineage graph upstream and downstream from one node, either as it is now (open edges)
/// or as it was at an instant (edges whose validity interval contains it).
/// </summary>
/// <remarks>
/// Depth counts jobs, as in Marquez: from a dataset, depth 1 reaches the jobs that read or write it
/// and their datasets; from a job, depth 0 is the job and its own inputs and outputs.
/// </remarks>
public sealed class LineageGraphReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    public const int DefaultDepth = 20;
    public const int MaxDepth = 100;

    public async Task<LineageGraph?> GetAsync(NodeId start, int depth, DateTime? asOf, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var startId = start.Kind == NodeKind.Dataset
            ? await db.Datasets.Where(d => d.Namespace.Name == start.Namespace && d.Name == start.Name).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct)
            : await db.Jobs.Where(j => j.Namespace.Name == start.Namespace && j.Name == start.Name).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
        if (startId is null)
        {
            return null;
        }

        var maxHops = 2 * Math.Clamp(depth, 0, MaxDepth) + (start.Kind == NodeKind.Job ? 1 : 0);
        var edges = new HashSet<EdgeKey>();
        await WalkAsync(db, start.Kind, startId.Value, maxHops, downstream: true, asOf, edges, ct);
        await WalkAsync(db, start.Kind, startId.Value, maxHops, downstream: false, asOf, edges, ct);

        var datasetIds = edges.Select(e => e.DatasetId).ToHashSet();
        var jobIds = edges.Select(e => e.JobId).ToHashSet();
        (start.Kind == NodeKind.Dataset ? datasetIds : jobIds).Add(startId.Value);

        var datasets = await db.Datasets.AsNoTracking().Where(d => datasetIds.Contains(d.Id))
            .Select(d => new { d.Id, Ns = d.Namespace.Name, d.Name, d.Type, d.Description, d.UpdatedAt }).ToListAsync(ct);
        var jobs = await db.Jobs.AsNoTracking().Where(j => jobIds.Contains(j.Id))
            .Select(j => new { j.Id, Ns = j.Namespace.Name, j.Name, j.Type, j.Description, j.UpdatedAt }).ToListAsync(ct);

        var datasetNodeIds = datasets.ToDictionary(d => d.Id, d => NodeId.ForDataset(d.Ns, d.Name).ToString());
        var jobNodeIds = jobs.ToDictionary(j => j.Id, j => NodeId.ForJob(j.Ns, j.Name).ToString());
        var graphEdges = edges.Select(e => e.Direction == EdgeDirection.Input
                ? new GraphEdge(datasetNodeIds[e.DatasetId], jobNodeIds[e.JobId])
                : new GraphEdge(jobNodeIds[e.JobId], datasetNodeIds[e.DatasetId]))
            .ToList();
        var incoming = graphEdges.ToLookup(e => e.Destination);
        var outgoing = graphEdges.ToLookup(e => e.Origin);

        var nodes = datasets.Select(d => Node(datasetNodeIds[d.Id], "DATASET", new GraphNodeData(d.Ns, d.Name, d.Type, d.Description, d.UpdatedAt, [])))
            .Concat(jobs.Select(j => Node(jobNodeIds[j.Id], "JOB", new GraphNodeData(j.Ns, j.Name, j.Type, j.Description, j.UpdatedAt, []))))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new LineageGraph(nodes);

        GraphNode Node(string id, string type, GraphNodeData data) => new(
            id, type, data,
            incoming[id].OrderBy(e => e.Origin, StringComparer.Ordinal).ToList(),
            outgoing[id].OrderBy(e => e.Destination, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The instants at which an edge within <paramref name="depth"/> of the node opened or closed,
    /// walking edges valid at any time, oldest first; null when the node is unknown.
    /// </summary>
    public async Task<LineageTimeline?> GetTimelineAsync(NodeId start, int depth, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var startId = start.Kind == NodeKind.Dataset
            ? await db.Datasets.Where(d => d.Namespace.Name == start.Namespace && d.Name == start.Name).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct)
            : await db.Jobs.Where(j => j.Namespace.Name == start.Namespace && j.Name == start.Name).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
        if (startId is null)
        {
            return null;
        }

        var maxHops = 2 * Math.Clamp(depth, 0, MaxDepth) + (start.Kind == NodeKind.Job ? 1 : 0);
        var edges = new HashSet<EdgeKey>();
        await WalkAsync(db, start.Kind, startId.Value, maxHops, downstream: true, asOf: null, edges, ct, anyTime: true);
        await WalkAsync(db, start.Kind, startId.Value, maxHops, downstream: false, asOf: null, edges, ct, anyTime: true);

        var changes = new SortedSet<DateTime>();
        foreach (var key in edges)
        {
            var intervals = await db.LineageEdges.AsNoTracking()
                .Where(e => e.JobId == key.JobId && e.DatasetId == key.DatasetId && e.Direction == key.Direction)
                .Select(e => new { e.ValidFrom, e.ValidTo }).ToListAsync(ct);
            foreach (var interval in intervals)
            {
                changes.Add(interval.ValidFrom);
                if (interval.ValidTo is { } closed)
                {
                    changes.Add(closed);
                }
            }
        }

        return new LineageTimeline(start.Value, changes.ToList());
    }

    /// <summary>Breadth-first, one query per hop; a node is expanded once per direction.</summary>
    private static async Task WalkAsync(
        GovernanceDbContext db, NodeKind startKind, long startId, int maxHops, bool downstream, DateTime? asOf,
        HashSet<EdgeKey> found, CancellationToken ct, bool anyTime = false)
    {
        var seenDatasets = new HashSet<long>();
        var seenJobs = new HashSet<long>();
        var frontier = new List<long> { startId };
        var frontierIsDataset = startKind == NodeKind.Dataset;
        (frontierIsDataset ? seenDatasets : seenJobs).Add(startId);

        for (var hop = 0; hop < maxHops && frontier.Count > 0; hop++)
        {
            // Downstream from a dataset follows its consumers (input edges); from a job, its outputs.
            var direction = frontierIsDataset == downstream ? EdgeDirection.Input : EdgeDirection.Output;
            var ids = frontier;
            var active = (anyTime ? db.LineageEdges.AsNoTracking() : Active(db.LineageEdges.AsNoTracking(), asOf)).Where(e => e.Direction == direction);
            var step = frontierIsDataset
                ? await active.Where(e => ids.Contains(e.DatasetId)).Select(e => new EdgeKey(e.JobId, e.DatasetId, e.Direction)).ToListAsync(ct)
                : await active.Where(e => ids.Contains(e.JobId)).Select(e => new EdgeKey(e.JobId, e.DatasetId, e.Direction)).ToListAsync(ct);

            found.UnionWith(step);
            frontier = frontierIsDataset
                ? step.Select(e => e.JobId).Where(seenJobs.Add).ToList()
                : step.Select(e => e.DatasetId).Where(seenDatasets.Add).ToList();
            frontierIsDataset = !frontierIsDataset;
        }
    }

    internal static IQueryable<LineageEdge> Active(IQueryable<LineageEdge> edges, DateTime? asOf) =>
        asOf is { } t
            ? edges.Where(e => e.ValidFrom <= t && (e.ValidTo == null || e.ValidTo > t))
            : edges.Where(e => e.ValidTo == null);

    private readonly record struct EdgeKey(long JobId, long DatasetId, EdgeDirection Direction);
}
