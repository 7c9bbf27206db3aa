using Governance.Model;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Lineage;
using static Governance.Web.ComponentTests.LineageTestGraphs;

namespace Governance.Web.ComponentTests;

/// <summary>How <see cref="ColumnLineageView"/> turns a column-lineage answer into fields inside their datasets.</summary>
public sealed class LineageColumnViewTests
{
    private const string Db = "postgres://db:5432";
    private const string Warehouse = "snowflake://acme";

    private static readonly string Email = FieldId(Db, "raw.customers", "email");
    private static readonly string CustomerId = FieldId(Db, "raw.customers", "id");
    private static readonly string Amount = FieldId(Db, "raw.orders", "amount");
    private static readonly string Total = FieldId(Db, "staging.orders", "total");
    private static readonly string StagedEmail = FieldId(Db, "staging.orders", "email");
    private static readonly string EmailHash = FieldId(Db, "staging.orders", "email_hash");
    private static readonly string Revenue = FieldId(Warehouse, "mart.revenue", "revenue");
    private static readonly string Contact = FieldId(Warehouse, "mart.contacts", "email");
    private static readonly string Hash = FieldId(Warehouse, "mart.hashes", "h");

    /// <summary>
    /// raw.customers(email [PII], id), raw.orders(amount) → staging.orders(total ← amount + id as a join key,
    /// email ← email, email_hash ← masked email) → mart.revenue(revenue), mart.contacts(email), mart.hashes(h) in another cluster.
    /// </summary>
    private static ColumnLineageGraph Pipeline() => Columns(
        (Db, "raw.customers", "email", "string", []),
        (Db, "raw.customers", "id", "long", []),
        (Db, "raw.orders", "amount", "decimal", []),
        (Db, "staging.orders", "total", "decimal",
            [Input(Db, "raw.orders", "amount", ("DIRECT", "AGGREGATION", false)), Input(Db, "raw.customers", "id", ("INDIRECT", "JOIN", false))]),
        (Db, "staging.orders", "email", "string", [Input(Db, "raw.customers", "email", ("DIRECT", "IDENTITY", false))]),
        (Db, "staging.orders", "email_hash", "string", [Input(Db, "raw.customers", "email", ("DIRECT", "TRANSFORMATION", true))]),
        (Warehouse, "mart.revenue", "revenue", "decimal", [Input(Db, "staging.orders", "total", ("DIRECT", "AGGREGATION", false))]),
        (Warehouse, "mart.contacts", "email", null, [Input(Db, "staging.orders", "email", ("DIRECT", "IDENTITY", false))]),
        (Warehouse, "mart.hashes", "h", null, [Input(Db, "staging.orders", "email_hash", ("DIRECT", "IDENTITY", false))]));

    private static readonly ColumnLineageView Plain = new(new HashSet<string> { Email });

    [Fact]
    public void Fields_are_drawn_inside_their_datasets()
    {
        var model = Plain.Apply(Pipeline(), NodeId.ForDataset(Db, "staging.orders"));

        var fields = model.Nodes.Where(n => n.Kind == LineageNodeKind.Field).ToList();
        var datasets = model.Nodes.Where(n => n.Kind == LineageNodeKind.Dataset).ToList();
        Assert.Equal(9, fields.Count);
        Assert.Equal(
            new[] { NodeId.ForDataset(Db, "raw.customers"), NodeId.ForDataset(Db, "raw.orders"), NodeId.ForDataset(Db, "staging.orders"),
                NodeId.ForDataset(Warehouse, "mart.contacts"), NodeId.ForDataset(Warehouse, "mart.hashes"), NodeId.ForDataset(Warehouse, "mart.revenue") }
                .Order(StringComparer.Ordinal),
            datasets.Select(d => d.Id));
        var total = fields.Single(f => f.Id == Total);
        Assert.Equal((NodeId.ForDataset(Db, "staging.orders"), "staging.orders", "total", "decimal", Db), (total.Parent, total.Dataset, total.Name, total.FieldType, total.Namespace));
        Assert.All(datasets, d => Assert.Null(d.Parent));
        // A compound node must exist before its children are added.
        Assert.True(model.Nodes.ToList().FindLastIndex(n => n.Kind == LineageNodeKind.Dataset) < model.Nodes.ToList().FindIndex(n => n.Kind == LineageNodeKind.Field));
    }

    [Fact]
    public void A_dataset_root_marks_its_dataset_and_a_field_root_the_field()
    {
        var fromDataset = Plain.Apply(Pipeline(), NodeId.ForDataset(Db, "staging.orders"));
        var fromField = Plain.Apply(Pipeline(), Total);

        Assert.Equal([NodeId.ForDataset(Db, "staging.orders")], fromDataset.Nodes.Where(n => n.IsRoot).Select(n => n.Id));
        Assert.Equal([Total], fromField.Nodes.Where(n => n.IsRoot).Select(n => n.Id));
    }

    [Fact]
    public void Edges_carry_their_transformation()
    {
        var model = Plain.Apply(Pipeline(), Total);

        var edges = model.Edges.ToDictionary(e => Edge(e.Source, e.Target));
        Assert.Equal(7, edges.Count);
        Assert.Equal(("DIRECT/AGGREGATION", false, false), Describe(edges[Edge(Amount, Total)]));
        Assert.Equal(("INDIRECT/JOIN", true, false), Describe(edges[Edge(CustomerId, Total)]));
        Assert.Equal(("DIRECT/TRANSFORMATION (masked)", false, true), Describe(edges[Edge(Email, EmailHash)]));
        Assert.Equal(
            new[] { Edge(Total, Revenue), Edge(StagedEmail, Contact), Edge(EmailHash, Hash) }.Order(StringComparer.Ordinal),
            edges.Values.Where(e => e.CrossCluster).Select(e => Edge(e.Source, e.Target)).Order(StringComparer.Ordinal));
        var total = model.Nodes.Single(n => n.Id == Total);
        Assert.Equal([(Amount, "DIRECT/AGGREGATION"), (CustomerId, "INDIRECT/JOIN")], total.Inputs.Select(i => (i.NodeId, i.Transformation)));
    }

    [Fact]
    public void Pii_highlighting_follows_the_pii_field_downstream_and_stops_at_masking()
    {
        var view = Plain with { HighlightPii = true };

        var model = view.Apply(Pipeline(), Total);

        Assert.Equal([Email], Ids(model.Nodes.Where(n => n.Highlight == LineageHighlight.Pii && n.Kind == LineageNodeKind.Field)));
        Assert.Equal(new[] { StagedEmail, Contact }.Order(StringComparer.Ordinal),
            Ids(model.Nodes.Where(n => n.Highlight == LineageHighlight.Path && n.Kind == LineageNodeKind.Field)));
        Assert.Equal(new[] { CustomerId, Amount, Total, EmailHash, Revenue, Hash }.Order(StringComparer.Ordinal),
            Ids(model.Nodes.Where(n => n.Highlight == LineageHighlight.Dimmed && n.Kind == LineageNodeKind.Field)));
        Assert.Equal(new[] { Edge(Email, StagedEmail), Edge(StagedEmail, Contact) }.Order(StringComparer.Ordinal),
            model.Edges.Where(e => e.Highlight == LineageHighlight.Path).Select(e => Edge(e.Source, e.Target)).Order(StringComparer.Ordinal));
        Assert.Equal(5, model.Edges.Count(e => e.Highlight == LineageHighlight.Dimmed));

        // A dataset shows the strongest mark among its fields.
        var datasets = model.Nodes.Where(n => n.Kind == LineageNodeKind.Dataset).ToDictionary(n => n.Name, n => n.Highlight);
        Assert.Equal(LineageHighlight.Pii, datasets["raw.customers"]);
        Assert.Equal(LineageHighlight.Path, datasets["staging.orders"]);
        Assert.Equal(LineageHighlight.Path, datasets["mart.contacts"]);
        Assert.Equal(LineageHighlight.Dimmed, datasets["raw.orders"]);
        Assert.Equal(LineageHighlight.Dimmed, datasets["mart.hashes"]);
    }

    [Fact]
    public void Without_highlighting_pii_fields_are_still_known_but_nothing_is_marked()
    {
        var model = Plain.Apply(Pipeline(), Total);

        Assert.Equal([Email], Ids(model.Nodes.Where(n => n.Pii && n.Kind == LineageNodeKind.Field)));
        Assert.All(model.Nodes, n => Assert.Equal(LineageHighlight.None, n.Highlight));
        Assert.All(model.Edges, e => Assert.Equal(LineageHighlight.None, e.Highlight));
    }

    [Fact]
    public void Elements_put_fields_inside_their_dataset_and_mark_edges_by_class()
    {
        var elements = LineageElements.From((Plain with { HighlightPii = true }).Apply(Pipeline(), Total));

        var email = elements.Single(e => e.Data.Id == Email);
        Assert.Equal(("nodes", NodeId.ForDataset(Db, "raw.customers"), "email\nstring", "field pii"), (email.Group, email.Data.Parent, email.Data.Label, email.Classes));
        var customers = elements.Single(e => e.Data.Id == NodeId.ForDataset(Db, "raw.customers"));
        Assert.Equal(("raw.customers\n" + Db, null, "dataset pii"), (customers.Data.Label, customers.Data.Parent, customers.Classes));
        var join = elements.Single(e => e.Data.Id == Edge(CustomerId, Total));
        Assert.Equal(("edges", CustomerId, Total, "INDIRECT/JOIN", "indirect dimmed"), (join.Group, join.Data.Source, join.Data.Target, join.Data.Transformation, join.Classes));
        Assert.Equal("masked dimmed", elements.Single(e => e.Data.Id == Edge(Email, EmailHash)).Classes);
        Assert.Equal("pii-path", elements.Single(e => e.Data.Id == Edge(Email, StagedEmail)).Classes);
        Assert.Equal("cross-cluster pii-path", elements.Single(e => e.Data.Id == Edge(StagedEmail, Contact)).Classes);
        Assert.Equal("field root dimmed", elements.Single(e => e.Data.Id == Total).Classes);
    }

    private static (string?, bool, bool) Describe(LineageEdgeModel edge) => (edge.Transformation, edge.Indirect, edge.Masked);

    private static List<string> Ids(IEnumerable<LineageNodeModel> nodes) => nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
}
