using Governance.Model;
using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.ComponentTests;

/// <summary>Read-API answers built by hand, as the explorer receives them.</summary>
internal static class LineageTestGraphs
{
    public const string Store = "kafka://store-0042";
    public const string Cloud = "kafka://cloud";
    public const string Lake = "s3://lake";
    public const string Jobs = "streaming";

    public static readonly string StoreOrders = NodeId.ForDataset(Store, "pos.orders");
    public static readonly string Mirror = NodeId.ForJob(Jobs, "mirror");
    public static readonly string CloudOrders = NodeId.ForDataset(Cloud, "orders");
    public static readonly string Customers = NodeId.ForDataset(Cloud, "customers");
    public static readonly string Enricher = NodeId.ForJob(Jobs, "enricher");
    public static readonly string Enriched = NodeId.ForDataset(Cloud, "orders.enriched");
    public static readonly string Archiver = NodeId.ForJob(Jobs, "archiver");
    public static readonly string Archive = NodeId.ForDataset(Lake, "archive/orders");
    public static readonly string Auditor = NodeId.ForJob(Jobs, "auditor");
    public static readonly string Audit = NodeId.ForDataset(Cloud, "orders.audit");

    /// <summary>
    /// <c>store orders → mirror → cloud orders → enricher (+ customers, tagged pii) → enriched → archiver → lake</c>,
    /// and <c>cloud orders → auditor → audit</c>.
    /// </summary>
    public static LineageGraph Retail(params string[] customerTags) => Graph(
        [(Customers, customerTags.Length > 0 ? customerTags : ["pii"])],
        (StoreOrders, Mirror), (Mirror, CloudOrders), (CloudOrders, Enricher), (Customers, Enricher), (Enricher, Enriched),
        (Enriched, Archiver), (Archiver, Archive), (CloudOrders, Auditor), (Auditor, Audit));

    /// <summary>A graph of the nodes the edges name; <paramref name="tags"/> gives some of them tags.</summary>
    public static LineageGraph Graph(IEnumerable<(string Id, string[] Tags)> tags, params (string From, string To)[] edges)
    {
        var tagsById = tags.ToDictionary(t => t.Id, t => t.Tags);
        var ids = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal);
        return new LineageGraph(ids.Select(id =>
        {
            var node = NodeId.Parse(id);
            return new GraphNode(id, node.Kind == NodeKind.Job ? "JOB" : "DATASET",
                new GraphNodeData(node.Namespace, node.Name, null, null, DateTime.UnixEpoch, tagsById.GetValueOrDefault(id, [])),
                edges.Where(e => e.To == id).Select(e => new GraphEdge(e.From, e.To)).ToList(),
                edges.Where(e => e.From == id).Select(e => new GraphEdge(e.From, e.To)).ToList());
        }).ToList());
    }

    public static string Edge(string from, string to) => $"{from}->{to}";

    public static string FieldId(string ns, string dataset, string field) => ColumnLineageNodeId.ForField(ns, dataset, field);

    /// <summary>An input of a field and its transformations (type, subtype, masking).</summary>
    public static ColumnLineageInputField Input(string ns, string dataset, string field, params (string Type, string Subtype, bool Masking)[] transformations) =>
        new(ns, dataset, field, null, transformations.Select(t => t.Type).Distinct().Count() == 1 ? transformations[0].Type : null,
            transformations.Select(t => new ColumnLineageTransformation(t.Type, t.Subtype, null, t.Masking)).ToList());

    /// <summary>A column-lineage answer: each field with its inputs; edges follow from the inputs.</summary>
    public static ColumnLineageGraph Columns(params (string Ns, string Dataset, string Field, string? Type, ColumnLineageInputField[] Inputs)[] fields)
    {
        var edges = fields.SelectMany(f => f.Inputs.Select(i => new GraphEdge(FieldId(i.Namespace, i.Dataset, i.Field), FieldId(f.Ns, f.Dataset, f.Field))))
            .ToList();
        return new ColumnLineageGraph(fields.Select(f =>
        {
            var id = FieldId(f.Ns, f.Dataset, f.Field);
            return new ColumnLineageNode(id, "DATASET_FIELD",
                new ColumnLineageNodeData(f.Ns, f.Dataset, f.Field, f.Type, null, null, f.Inputs),
                edges.Where(e => e.Destination == id).ToList(),
                edges.Where(e => e.Origin == id).ToList());
        }).ToList());
    }
}
