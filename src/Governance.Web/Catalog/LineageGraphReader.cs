using Governance.Model;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Catalog.Graph;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Walks the lineage graph upstream and downstream from one node, either as it is now (open edges)
/// or as it was at an instant (edges whose validity interval contains it). The walk runs in the
/// in-memory <see cref="LineageIndex"/>; only the nodes of the answer are read from the database.
/// </summary>
/// <remarks>
/// Depth counts jobs, as in Marquez: from a dataset, depth 1 reaches the jobs that read or write it
/// and their datasets; from a job, depth 0 is the job and its own inputs and outputs.
/// </remarks>
public sealed class LineageGraphReader(IDbContextFactory<GovernanceDbContext> contexts, LineageIndex index)
{
    public const int DefaultDepth = 20;
    public const int MaxDepth = 100;

    public async Task<LineageGraph?> GetAsync(NodeId start, int depth, DateTime? asOf, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindAsync(db, start, ct) is not { } startId)
        {
            return null;
        }

        var walked = await index.WalkAsync(start.Kind, startId, Math.Clamp(depth, 0, MaxDepth), EdgeFilter.For(asOf), ct);
        // An edge closed and opened again is one edge of the graph.
        var edges = walked.Select(e => new EdgeKey(e.JobId, e.DatasetId, e.Direction)).ToHashSet();
        var datasetIds = edges.Select(e => e.DatasetId).ToHashSet();
        var jobIds = edges.Select(e => e.JobId).ToHashSet();
        (start.Kind == NodeKind.Dataset ? datasetIds : jobIds).Add(startId);

        var datasets = await LineageNodeLoader.DatasetsAsync(db, datasetIds, ct);
        var jobs = await LineageNodeLoader.JobsAsync(db, jobIds, ct);
        var datasetNodeIds = datasets.ToDictionary(d => d.Key, d => NodeId.ForDataset(d.Value.Namespace, d.Value.Name));
        var jobNodeIds = jobs.ToDictionary(j => j.Key, j => NodeId.ForJob(j.Value.Namespace, j.Value.Name));

        // The index may briefly hold an edge whose dataset or job was deleted since; it is left out.
        var graphEdges = edges
            .Where(e => datasetNodeIds.ContainsKey(e.DatasetId) && jobNodeIds.ContainsKey(e.JobId))
            .Select(e => e.Direction == EdgeDirection.Input
                ? new GraphEdge(datasetNodeIds[e.DatasetId], jobNodeIds[e.JobId])
                : new GraphEdge(jobNodeIds[e.JobId], datasetNodeIds[e.DatasetId]))
            .ToList();
        var incoming = graphEdges.ToLookup(e => e.Destination);
        var outgoing = graphEdges.ToLookup(e => e.Origin);

        var nodes = datasets.Select(d => Node(datasetNodeIds[d.Key], "DATASET", d.Value))
            .Concat(jobs.Select(j => Node(jobNodeIds[j.Key], "JOB", j.Value)))
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
        if (await FindAsync(db, start, ct) is not { } startId)
        {
            return null;
        }

        var walked = await index.WalkAsync(start.Kind, startId, Math.Clamp(depth, 0, MaxDepth), EdgeFilter.AnyTime, ct);
        var changes = new SortedSet<DateTime>();
        foreach (var edge in walked)
        {
            changes.Add(edge.ValidFrom);
            if (edge.ValidTo is { } closed)
            {
                changes.Add(closed);
            }
        }

        return new LineageTimeline(start.Value, changes.ToList());
    }

    private static Task<long?> FindAsync(GovernanceDbContext db, NodeId node, CancellationToken ct) => node.Kind == NodeKind.Dataset
        ? db.Datasets.Where(d => d.Namespace.Name == node.Namespace && d.Name == node.Name).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct)
        : db.Jobs.Where(j => j.Namespace.Name == node.Namespace && j.Name == node.Name).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);

    private readonly record struct EdgeKey(long JobId, long DatasetId, EdgeDirection Direction);
}
