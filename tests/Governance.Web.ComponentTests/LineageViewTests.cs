using Governance.Web.Components.Lineage;
using static Governance.Web.ComponentTests.LineageTestGraphs;

namespace Governance.Web.ComponentTests;

/// <summary>What <see cref="LineageView.Apply"/> makes visible of a dataset and job graph.</summary>
public sealed class LineageViewTests
{
    private static readonly string[] AllNodes = [StoreOrders, Mirror, CloudOrders, Customers, Enricher, Enriched, Archiver, Archive, Auditor, Audit];

    [Fact]
    public void Shows_every_node_and_edge_with_the_root_marked()
    {
        var model = LineageView.Default.Apply(Retail(), StoreOrders);

        Assert.Equal(AllNodes.Order(StringComparer.Ordinal), model.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(9, model.Edges.Count);
        Assert.Equal([StoreOrders], model.Nodes.Where(n => n.IsRoot).Select(n => n.Id));
        Assert.Equal([LineageNodeKind.Job], model.Nodes.Where(n => n.Id == Mirror).Select(n => n.Kind));
        Assert.All(model.Nodes, n => Assert.Equal(LineageHighlight.None, n.Highlight));
        Assert.All(model.Edges, e => Assert.Equal(LineageHighlight.None, e.Highlight));
    }

    [Fact]
    public void Only_edges_into_or_out_of_another_cluster_are_cross_cluster()
    {
        var model = LineageView.Default.Apply(Retail(), StoreOrders);

        // The mirror reads the store and writes the cloud; the archiver reads the cloud and writes the lake.
        Assert.Equal(
            new[] { Edge(StoreOrders, Mirror), Edge(Mirror, CloudOrders), Edge(Enriched, Archiver), Edge(Archiver, Archive) }.Order(StringComparer.Ordinal),
            EdgeIds(model.Edges.Where(e => e.CrossCluster)));
    }

    [Fact]
    public void Hidden_jobs_are_bridged_dataset_to_dataset()
    {
        var model = new LineageView(ShowDatasets: true, ShowJobs: false, new HashSet<string>()).Apply(Retail(), StoreOrders);

        Assert.Equal(new[] { StoreOrders, CloudOrders, Customers, Enriched, Archive, Audit }.Order(StringComparer.Ordinal), NodeIds(model.Nodes));
        Assert.Equal(
            new[] { Edge(StoreOrders, CloudOrders), Edge(CloudOrders, Enriched), Edge(Customers, Enriched), Edge(Enriched, Archive), Edge(CloudOrders, Audit) }
                .Order(StringComparer.Ordinal),
            EdgeIds(model.Edges));
        Assert.Equal(new[] { Edge(StoreOrders, CloudOrders), Edge(Enriched, Archive) }.Order(StringComparer.Ordinal),
            EdgeIds(model.Edges.Where(e => e.CrossCluster)));
    }

    [Fact]
    public void Hidden_datasets_are_bridged_job_to_job()
    {
        var model = new LineageView(ShowDatasets: false, ShowJobs: true, new HashSet<string>()).Apply(Retail(), Mirror);

        Assert.Equal(new[] { Mirror, Enricher, Archiver, Auditor }.Order(StringComparer.Ordinal), NodeIds(model.Nodes));
        Assert.Equal(new[] { Edge(Mirror, Enricher), Edge(Mirror, Auditor), Edge(Enricher, Archiver) }.Order(StringComparer.Ordinal), EdgeIds(model.Edges));
        Assert.DoesNotContain(model.Edges, e => e.CrossCluster);
    }

    [Fact]
    public void A_collapsed_node_hides_what_lies_beyond_it()
    {
        var model = new LineageView(true, true, new HashSet<string> { CloudOrders }).Apply(Retail(), StoreOrders);

        Assert.Equal(new[] { StoreOrders, Mirror, CloudOrders }.Order(StringComparer.Ordinal), NodeIds(model.Nodes));
        Assert.Equal(new[] { Edge(Mirror, CloudOrders), Edge(StoreOrders, Mirror) }.Order(StringComparer.Ordinal), EdgeIds(model.Edges));
        Assert.Equal([CloudOrders], model.Nodes.Where(n => n.Collapsed).Select(n => n.Id));
    }

    [Fact]
    public void Collapsing_the_root_hides_nothing()
    {
        var model = new LineageView(true, true, new HashSet<string> { StoreOrders }).Apply(Retail(), StoreOrders);

        Assert.Equal(AllNodes.Length, model.Nodes.Count);
    }

    [Fact]
    public void Pii_highlighting_marks_the_tagged_node_and_everything_downstream_of_it()
    {
        var model = LineageView.Default with { HighlightPii = true };

        var drawn = model.Apply(Retail(), StoreOrders);

        Assert.Equal([Customers], NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Pii)));
        Assert.Equal(new[] { Enricher, Enriched, Archiver, Archive }.Order(StringComparer.Ordinal),
            NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Path)));
        Assert.Equal(new[] { StoreOrders, Mirror, CloudOrders, Auditor, Audit }.Order(StringComparer.Ordinal),
            NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Dimmed)));
        Assert.Equal(
            new[] { Edge(Customers, Enricher), Edge(Enricher, Enriched), Edge(Enriched, Archiver), Edge(Archiver, Archive) }.Order(StringComparer.Ordinal),
            EdgeIds(drawn.Edges.Where(e => e.Highlight == LineageHighlight.Path)));
        // Cloud orders join the enricher too, but no personal data flows along that edge.
        Assert.Contains(Edge(CloudOrders, Enricher), EdgeIds(drawn.Edges.Where(e => e.Highlight == LineageHighlight.Dimmed)));
        Assert.Equal(5, drawn.Edges.Count(e => e.Highlight == LineageHighlight.Dimmed));
        Assert.Equal([Customers], NodeIds(drawn.Nodes.Where(n => n.Pii)));
    }

    [Theory]
    [InlineData("PII")]
    [InlineData("pii")]
    [InlineData("Pii:true")]
    public void Pii_is_recognised_whatever_its_case(string tag)
    {
        var drawn = (LineageView.Default with { HighlightPii = true }).Apply(Retail(tag), StoreOrders);

        Assert.Equal([Customers], NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Pii)));
    }

    [Theory]
    [InlineData("pii:email")]
    [InlineData("pii:none")]
    [InlineData("not-pii")]
    public void Other_tags_are_not_pii(string tag)
    {
        var drawn = (LineageView.Default with { HighlightPii = true }).Apply(Retail(tag), StoreOrders);

        Assert.All(drawn.Nodes, n => Assert.Equal(LineageHighlight.Dimmed, n.Highlight));
        Assert.All(drawn.Edges, e => Assert.Equal(LineageHighlight.Dimmed, e.Highlight));
    }

    [Fact]
    public void Pii_highlighting_follows_the_bridges_when_jobs_are_hidden()
    {
        var view = new LineageView(ShowDatasets: true, ShowJobs: false, new HashSet<string>(), HighlightPii: true);

        var drawn = view.Apply(Retail(), StoreOrders);

        Assert.Equal(new[] { Edge(Customers, Enriched), Edge(Enriched, Archive) }.Order(StringComparer.Ordinal),
            EdgeIds(drawn.Edges.Where(e => e.Highlight == LineageHighlight.Path)));
        Assert.Equal(new[] { Enriched, Archive }.Order(StringComparer.Ordinal), NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Path)));
    }

    [Fact]
    public void A_hidden_pii_dataset_between_two_jobs_marks_their_bridge()
    {
        var ingest = Governance.Model.NodeId.ForJob(Jobs, "crm-ingest");
        var graph = Graph([(Customers, ["PII"])], (ingest, Customers), (Customers, Enricher), (Enricher, Enriched), (CloudOrders, Enricher));
        var view = new LineageView(ShowDatasets: false, ShowJobs: true, new HashSet<string>(), HighlightPii: true);

        var drawn = view.Apply(graph, ingest);

        Assert.Equal([Edge(ingest, Enricher)], EdgeIds(drawn.Edges.Where(e => e.Highlight == LineageHighlight.Path)));
        Assert.Equal([Enricher], NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Path)));
        Assert.Equal([ingest], NodeIds(drawn.Nodes.Where(n => n.Highlight == LineageHighlight.Dimmed)));
    }

    [Fact]
    public void Highlighting_changes_classes_but_not_the_drawn_elements()
    {
        var plain = LineageView.Default.Apply(Retail(), StoreOrders);
        var highlighted = (LineageView.Default with { HighlightPii = true }).Apply(Retail(), StoreOrders);

        // The same ids: the script then only restyles, without a new layout.
        Assert.Equal(NodeIds(plain.Nodes), NodeIds(highlighted.Nodes));
        Assert.Equal(EdgeIds(plain.Edges), EdgeIds(highlighted.Edges));
    }

    private static List<string> NodeIds(IEnumerable<LineageNodeModel> nodes) => nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList();

    private static List<string> EdgeIds(IEnumerable<LineageEdgeModel> edges) => edges.Select(e => Edge(e.Source, e.Target)).Order(StringComparer.Ordinal).ToList();
}
