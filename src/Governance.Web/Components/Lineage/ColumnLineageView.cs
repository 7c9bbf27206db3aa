using Governance.Model;
using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Components.Lineage;

/// <summary>
/// The column mode of the explorer: fields as nodes, drawn inside their dataset (a compound node),
/// with an edge from each input field to the field computed from it.
/// </summary>
/// <param name="PiiFields">Node ids (<c>datasetField:…</c>) of the fields tagged or classified as personal data.</param>
/// <param name="HighlightPii">Mark the PII fields and every field computed from them; dim the rest.</param>
public sealed record ColumnLineageView(IReadOnlySet<string> PiiFields, bool HighlightPii = false)
{
    /// <summary>Builds the drawing from the column-lineage read API's answer.</summary>
    /// <param name="rootId">The start: a field's node id, or <c>dataset:{ns}:{name}</c> for all fields of a dataset.</param>
    public LineageGraphModel Apply(ColumnLineageGraph graph, string rootId)
    {
        var fields = graph.Graph.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = graph.Graph.SelectMany(n => n.OutEdges)
            .Where(e => fields.ContainsKey(e.Origin) && fields.ContainsKey(e.Destination))
            .Distinct()
            .Select(e => Edge(fields[e.Origin], fields[e.Destination]))
            .ToList();
        var tagged = fields.Keys.Where(PiiFields.Contains).ToHashSet(StringComparer.Ordinal);
        // A masking transformation (a hash, a redaction) stops personal data from flowing on.
        var tainted = HighlightPii
            ? LineagePii.Downstream(tagged, edges.Where(e => !e.Masked).Select(e => (e.Source, e.Target)))
            : [];

        var fieldNodes = graph.Graph.Select(n => new LineageNodeModel(
                n.Id, LineageNodeKind.Field, n.Data.Namespace, n.Data.Field, n.Id == rootId, Collapsed: false)
            {
                Parent = DatasetId(n.Data),
                Dataset = n.Data.Dataset,
                FieldType = n.Data.FieldType,
                Pii = tagged.Contains(n.Id),
                Highlight = LineagePii.NodeHighlight(HighlightPii, tagged.Contains(n.Id), tainted.Contains(n.Id)),
                Inputs = n.Data.InputFields
                    .Select(i => new LineageFieldInput(ColumnLineageNodeId.ForField(i.Namespace, i.Dataset, i.Field), i.Dataset, i.Field, Describe(i)))
                    .ToList(),
            })
            .ToList();

        // Datasets come first: cytoscape needs a compound node before its children.
        var datasetNodes = fieldNodes.GroupBy(f => f.Parent!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LineageNodeModel(g.Key, LineageNodeKind.Dataset, g.First().Namespace, g.First().Dataset!, g.Key == rootId, Collapsed: false)
            {
                Pii = g.Any(f => f.Pii),
                Highlight = GroupHighlight(g.Select(f => f.Highlight).ToList()),
            });

        var drawnEdges = edges.Select(e => e with
        {
            Highlight = LineagePii.EdgeHighlight(HighlightPii, !e.Masked && tainted.Contains(e.Source)),
        }).ToList();
        return new LineageGraphModel(datasetNodes.Concat(fieldNodes).ToList(), drawnEdges);
    }

    /// <summary>The node id of a field's dataset, the compound node it is drawn in.</summary>
    public static string DatasetId(ColumnLineageNodeData field) => NodeId.ForDataset(field.Namespace, field.Dataset);

    private static LineageEdgeModel Edge(ColumnLineageNode origin, ColumnLineageNode destination)
    {
        var input = destination.Data.InputFields.FirstOrDefault(i =>
            i.Namespace == origin.Data.Namespace && i.Dataset == origin.Data.Dataset && i.Field == origin.Data.Field);
        var transformations = input?.Transformations ?? [];
        return new LineageEdgeModel(origin.Id, destination.Id, origin.Data.Namespace != destination.Data.Namespace)
        {
            Transformation = input is null ? null : Describe(input),
            Indirect = transformations.Count > 0
                ? transformations.All(t => string.Equals(t.Type, "INDIRECT", StringComparison.OrdinalIgnoreCase))
                : string.Equals(input?.TransformationType, "INDIRECT", StringComparison.OrdinalIgnoreCase),
            Masked = transformations.Count > 0 && transformations.All(t => t.Masking == true),
        };
    }

    /// <summary><c>DIRECT/IDENTITY, INDIRECT/FILTER</c>; null when the producer said nothing about it.</summary>
    private static string? Describe(ColumnLineageInputField input)
    {
        var parts = input.Transformations
            .Select(t => string.Join('/', new[] { t.Type, t.Subtype }.Where(s => !string.IsNullOrEmpty(s))) + (t.Masking == true ? " (masked)" : string.Empty))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : input.TransformationType;
    }

    /// <summary>A dataset shows the strongest mark among its fields.</summary>
    private static LineageHighlight GroupHighlight(List<LineageHighlight> children) =>
        children.Contains(LineageHighlight.Pii) ? LineageHighlight.Pii
        : children.Contains(LineageHighlight.Path) ? LineageHighlight.Path
        : children.Contains(LineageHighlight.Dimmed) ? LineageHighlight.Dimmed
        : LineageHighlight.None;
}
