using Governance.Model;
using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Components.Pages.Lineage;

/// <summary>What the explorer's column mode draws: the field graph and which of its fields hold personal data.</summary>
/// <param name="RootId">The start as the graph names it: a field's node id, or <c>dataset:{ns}:{name}</c>.</param>
/// <param name="Dataset">The start's dataset, where the dataset/job mode opens when leaving column mode.</param>
/// <param name="PiiFields">Node ids of the fields classified PII by their dataset's <c>tags</c> facet.</param>
public sealed record LineageColumns(ColumnLineageGraph Graph, string RootId, NodeId Dataset, IReadOnlySet<string> PiiFields)
{
    /// <summary>No field of the graph is computed from another: the producers sent no <c>columnLineage</c> facet.</summary>
    public bool HasNoLineage => Graph.Graph.All(n => n.InEdges.Count == 0 && n.OutEdges.Count == 0);
}

/// <summary>Loads the column mode's data for the explorer page: upstream and downstream fields, and their classifications.</summary>
public sealed class LineageColumnSource(IDbContextFactory<GovernanceDbContext> contexts)
{
    /// <summary>Null when <paramref name="nodeId"/> names no known dataset (or field of one).</summary>
    public async Task<LineageColumns?> LoadAsync(string nodeId, int depth, DateTime? asOf, CancellationToken ct)
    {
        var candidates = ColumnLineageNodeId.Candidates(nodeId);
        var graph = await new ColumnLineageReader(contexts).GetAsync(candidates, depth, withDownstream: true, asOf, ct);
        if (graph is null)
        {
            return null;
        }

        // Every reading of a field id formats back to the same text, so the id as given is the root's.
        var isField = nodeId.StartsWith(ColumnLineageNodeId.DatasetFieldPrefix, StringComparison.Ordinal);
        var rootField = isField ? graph.Graph.FirstOrDefault(n => n.Id == nodeId) : null;
        var dataset = rootField is not null
            ? new NodeId(NodeKind.Dataset, rootField.Data.Namespace, rootField.Data.Dataset)
            : new NodeId(NodeKind.Dataset, candidates[0].Namespace, candidates[0].Name);
        return new LineageColumns(graph, rootField?.Id ?? dataset.Value, dataset, await PiiFieldsAsync(graph, ct));
    }

    /// <summary>One query for the facets of every dataset in the graph; the labels are read as the catalog reads them.</summary>
    private async Task<IReadOnlySet<string>> PiiFieldsAsync(ColumnLineageGraph graph, CancellationToken ct)
    {
        var datasets = graph.Graph.Select(n => (n.Data.Namespace, n.Data.Dataset)).ToHashSet();
        if (datasets.Count == 0)
        {
            return new HashSet<string>();
        }

        var names = datasets.Select(d => d.Dataset).Distinct().ToList();
        var namespaces = datasets.Select(d => d.Namespace).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Datasets.AsNoTracking()
            .Where(d => names.Contains(d.Name) && namespaces.Contains(d.Namespace.Name))
            .Select(d => new { Namespace = d.Namespace.Name, d.Name, d.FacetsJson })
            .ToListAsync(ct);

        var pii = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => datasets.Contains((r.Namespace, r.Name))))
        {
            foreach (var label in CatalogLabels.FromFacetsJson(row.FacetsJson))
            {
                if (label is { Kind: CatalogTermKind.Classification, Field: { } field }
                    && label.Value.Equals(CatalogLabels.Pii, StringComparison.OrdinalIgnoreCase))
                {
                    pii.Add(ColumnLineageNodeId.ForField(row.Namespace, row.Name, field));
                }
            }
        }

        return pii;
    }
}
