using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Walks field-level lineage from one field (or every field of a dataset): upstream always, downstream
/// on request, as it is now (open edges) or as it was at an instant.
/// </summary>
/// <remarks>
/// Depth counts field-to-field hops: depth 1 from a field reaches the fields it is computed from.
/// Edges are loaded once per dataset and direction, so a walk costs one query per dataset it touches.
/// </remarks>
public sealed class ColumnLineageReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    public const int DefaultDepth = 20;
    public const int MaxDepth = 100;
    private const string FieldNodeType = "DATASET_FIELD";

    /// <summary>The graph from the first of <paramref name="candidates"/> naming a known dataset; null when none does.</summary>
    public async Task<ColumnLineageGraph?> GetAsync(
        IReadOnlyList<ColumnLineageNodeId> candidates, int depth, bool withDownstream, DateTime? asOf, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var edges = new ColumnLineageEdgeCache(db, asOf);
        ColumnLineageNodeId? start = null;
        foreach (var candidate in candidates)
        {
            if (await edges.IsKnownAsync(candidate.Namespace, candidate.Name, ct))
            {
                start = candidate;
                break;
            }
        }

        if (start is null)
        {
            return null;
        }

        var startFields = start.Field is { } field
            ? [new FieldKey(start.Namespace, start.Name, field)]
            : await edges.AllFieldsAsync(start.Namespace, start.Name, ct);
        var found = new HashSet<ColumnLineageEdgeCache.Row>();
        var hops = Math.Clamp(depth, 0, MaxDepth);
        await WalkAsync(edges, startFields, hops, downstream: false, found, ct);
        if (withDownstream)
        {
            await WalkAsync(edges, startFields, hops, downstream: true, found, ct);
        }

        var keys = startFields.Concat(found.Select(r => r.Input)).Concat(found.Select(r => r.Output)).ToHashSet();
        var graphEdges = found.Select(r => new GraphEdge(r.Input.NodeId, r.Output.NodeId)).Distinct().ToList();
        var incoming = graphEdges.ToLookup(e => e.Destination);
        var outgoing = graphEdges.ToLookup(e => e.Origin);

        var nodes = new List<ColumnLineageNode>();
        foreach (var key in keys.OrderBy(k => k.NodeId, StringComparer.Ordinal))
        {
            var inputs = (await edges.UpstreamAsync(key.Namespace, key.Dataset, ct)).Where(r => r.Output == key).ToList();
            var fieldType = (await edges.FieldTypesAsync(key.Namespace, key.Dataset, ct)).GetValueOrDefault(key.Field);
            nodes.Add(new ColumnLineageNode(
                key.NodeId, FieldNodeType,
                new ColumnLineageNodeData(key.Namespace, key.Dataset, key.Field, fieldType,
                    Agreed(inputs.Select(r => r.Description)), Agreed(inputs.Select(r => r.Type)), InputFields(inputs)),
                incoming[key.NodeId].OrderBy(e => e.Origin, StringComparer.Ordinal).ToList(),
                outgoing[key.NodeId].OrderBy(e => e.Destination, StringComparer.Ordinal).ToList()));
        }

        return new ColumnLineageGraph(nodes);
    }

    /// <summary>Breadth-first, one hop at a time; a field is expanded once per direction.</summary>
    private static async Task WalkAsync(
        ColumnLineageEdgeCache edges, IReadOnlyCollection<FieldKey> start, int hops, bool downstream,
        HashSet<ColumnLineageEdgeCache.Row> found, CancellationToken ct)
    {
        var seen = new HashSet<FieldKey>(start);
        var frontier = start.ToList();
        for (var hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            var next = new List<FieldKey>();
            foreach (var key in frontier)
            {
                var rows = downstream
                    ? (await edges.DownstreamAsync(key.Namespace, key.Dataset, ct)).Where(r => r.Input == key)
                    : (await edges.UpstreamAsync(key.Namespace, key.Dataset, ct)).Where(r => r.Output == key);
                foreach (var row in rows)
                {
                    found.Add(row);
                    var neighbour = downstream ? row.Output : row.Input;
                    if (seen.Add(neighbour))
                    {
                        next.Add(neighbour);
                    }
                }
            }

            frontier = next;
        }
    }

    private static List<ColumnLineageInputField> InputFields(IEnumerable<ColumnLineageEdgeCache.Row> rows) =>
        rows.GroupBy(r => r.Input)
            .OrderBy(g => g.Key.Namespace, StringComparer.Ordinal).ThenBy(g => g.Key.Dataset, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Field, StringComparer.Ordinal)
            .Select(g => new ColumnLineageInputField(
                g.Key.Namespace, g.Key.Dataset, g.Key.Field,
                Agreed(g.Select(r => r.Description)), Agreed(g.Select(r => r.Type)),
                g.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Subtype, StringComparer.Ordinal)
                    .Select(r => new ColumnLineageTransformation(r.Type, r.Subtype, r.Description, r.Masking)).ToList()))
            .ToList();

    /// <summary>The value when all non-null values agree, else null (Marquez has a single value per field).</summary>
    private static string? Agreed(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => v is not null).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}

/// <summary>One field of one dataset.</summary>
internal readonly record struct FieldKey(string Namespace, string Dataset, string Field)
{
    public string NodeId => ColumnLineageNodeId.ForField(Namespace, Dataset, Field);
}
