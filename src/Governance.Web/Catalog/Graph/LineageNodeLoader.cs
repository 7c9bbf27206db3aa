using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog.Graph;

/// <summary>
/// What a lineage graph shows of its nodes, read from the database by primary key in chunks.
/// </summary>
/// <remarks>
/// <para>Not cached in the index: type, description, last update and the tags change with events
/// and with the catalog-term projection, and nothing stamps those rows the way
/// <c>ChangedByEventId</c> stamps edges, so a cache could not tell it is stale. Measured on 100,000
/// nodes (bench <c>lineage</c>), reading the 1,357 nodes of a depth-5 answer costs about 10 ms on
/// SQLite and 15 ms on PostgreSQL, against well under a millisecond for the walk itself.</para>
/// <para>
/// Each chunk of ids goes as one collection parameter (<see cref="EF.Parameter{T}"/>: a JSON array on
/// SQLite, an array on PostgreSQL) rather than one parameter per id: the statement is the same for
/// every answer size, so it is prepared once, and binding a thousand parameters is avoided. Measured
/// on SQLite with 700–800 ids, that made the node query about twice and the tag query ten times faster.</para>
/// </remarks>
internal static class LineageNodeLoader
{
    /// <summary>Ids per query: few round trips, and a bounded parameter whatever the size of the answer.</summary>
    public const int ChunkSize = 2000;

    public static async Task<Dictionary<long, GraphNodeData>> DatasetsAsync(GovernanceDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var nodes = new Dictionary<long, GraphNodeData>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var rows = await db.Datasets.AsNoTracking().Where(d => EF.Parameter(chunk).Contains(d.Id))
                .Select(d => new NodeRow(d.Id, d.Namespace.Name, d.Name, d.Type, d.Description, d.UpdatedAt)).ToListAsync(ct);
            var terms = await db.CatalogTerms.AsNoTracking()
                .Where(t => t.DatasetId != null && EF.Parameter(chunk).Contains(t.DatasetId.Value) && (t.Kind == CatalogTermKind.Tag || t.Kind == CatalogTermKind.Classification))
                .Select(t => new TermRow(t.DatasetId!.Value, t.Value)).ToListAsync(ct);
            Add(nodes, rows, terms);
        }

        return nodes;
    }

    public static async Task<Dictionary<long, GraphNodeData>> JobsAsync(GovernanceDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var nodes = new Dictionary<long, GraphNodeData>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var rows = await db.Jobs.AsNoTracking().Where(j => EF.Parameter(chunk).Contains(j.Id))
                .Select(j => new NodeRow(j.Id, j.Namespace.Name, j.Name, j.Type, j.Description, j.UpdatedAt)).ToListAsync(ct);
            var terms = await db.CatalogTerms.AsNoTracking()
                .Where(t => t.JobId != null && EF.Parameter(chunk).Contains(t.JobId.Value) && (t.Kind == CatalogTermKind.Tag || t.Kind == CatalogTermKind.Classification))
                .Select(t => new TermRow(t.JobId!.Value, t.Value)).ToListAsync(ct);
            Add(nodes, rows, terms);
        }

        return nodes;
    }

    private static void Add(Dictionary<long, GraphNodeData> nodes, List<NodeRow> rows, List<TermRow> terms)
    {
        var tags = terms.ToLookup(t => t.OwnerId, t => t.Value);
        foreach (var row in rows)
        {
            var labels = tags[row.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            nodes[row.Id] = new GraphNodeData(row.Namespace, row.Name, row.Type, row.Description, row.UpdatedAt, labels);
        }
    }

    private sealed record NodeRow(long Id, string Namespace, string Name, string? Type, string? Description, DateTime UpdatedAt);

    private sealed record TermRow(long OwnerId, string Value);
}
