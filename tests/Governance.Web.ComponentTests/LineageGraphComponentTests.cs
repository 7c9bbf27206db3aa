using System.Text.Json;
using Governance.Web.Components.Lineage;
using Microsoft.AspNetCore.Components;
using static Governance.Web.ComponentTests.LineageTestGraphs;

namespace Governance.Web.ComponentTests;

/// <summary>The C# side of the cytoscape wrapper: what it hands the script, and when.</summary>
public sealed class LineageGraphComponentTests : BunitContext
{
    private const string Module = "./js/lineage-graph.js";
    private readonly BunitJSModuleInterop _module;

    public LineageGraphComponentTests()
    {
        // Strict: a call the test did not expect fails it.
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(Module);
        foreach (var function in new[] { "render", "update", "exportJson", "exportPng", "exportSvg", "dispose" })
        {
            _module.SetupVoid(function, _ => true).SetVoidResult();
        }
    }

    [Fact]
    public void The_first_render_draws_every_element_with_its_classes()
    {
        var model = (LineageView.Default with { HighlightPii = true }).Apply(Retail(), StoreOrders);

        var graph = Render<LineageGraph>(p => p.Add(g => g.Graph, model));

        var render = _module.VerifyInvoke("render");
        Assert.IsType<ElementReference>(render.Arguments[0]);
        var elements = Assert.IsAssignableFrom<IReadOnlyList<LineageElement>>(render.Arguments[1]);
        Assert.Equal(model.Nodes.Count + model.Edges.Count, elements.Count);
        Assert.Equal("dataset pii", elements.Single(e => e.Data.Id == Customers).Classes);
        Assert.Equal("job pii-path", elements.Single(e => e.Data.Id == Enricher).Classes);
        Assert.Equal("dataset root dimmed", elements.Single(e => e.Data.Id == StoreOrders).Classes);
        Assert.Equal("cross-cluster dimmed", elements.Single(e => e.Data.Id == Edge(StoreOrders, Mirror)).Classes);
        Assert.Equal("cross-cluster pii-path", elements.Single(e => e.Data.Id == Edge(Enriched, Archiver)).Classes);
        var options = Assert.IsType<LineageGraph.LineageRenderOptions>(render.Arguments[2]);
        Assert.NotNull(options.DotNet);
        Assert.Equal("Lineage graph with 10 nodes and 9 edges", graph.Find("[data-testid=lineage-graph]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Elements_serialize_as_cytoscape_expects_them()
    {
        var model = LineageView.Default.Apply(Retail(), StoreOrders);
        Render<LineageGraph>(p => p.Add(g => g.Graph, model));

        var elements = (IReadOnlyList<LineageElement>)_module.VerifyInvoke("render").Arguments[1]!;
        var json = JsonSerializer.SerializeToElement(elements, JsonSerializerOptions.Web);

        var mirror = json.EnumerateArray().Single(e => e.GetProperty("data").GetProperty("id").GetString() == Mirror);
        Assert.Equal("nodes", mirror.GetProperty("group").GetString());
        Assert.Equal("mirror\n" + Jobs, mirror.GetProperty("data").GetProperty("label").GetString());
        Assert.Equal("JOB", mirror.GetProperty("data").GetProperty("kind").GetString());
        // A null parent would make cytoscape look for a compound node: absent values are left out.
        Assert.False(mirror.GetProperty("data").TryGetProperty("parent", out _));
        Assert.False(mirror.GetProperty("data").TryGetProperty("source", out _));
        var edge = json.EnumerateArray().Single(e => e.GetProperty("data").GetProperty("id").GetString() == Edge(Mirror, CloudOrders));
        Assert.Equal((Mirror, CloudOrders), (edge.GetProperty("data").GetProperty("source").GetString(), edge.GetProperty("data").GetProperty("target").GetString()));
        Assert.Equal("cross-cluster", edge.GetProperty("classes").GetString());
    }

    [Fact]
    public void A_new_model_is_sent_as_an_update_and_the_same_model_is_not_sent_again()
    {
        var plain = LineageView.Default.Apply(Retail(), StoreOrders);
        var graph = Render<LineageGraph>(p => p.Add(g => g.Graph, plain));

        graph.Render(p => p.Add(g => g.Graph, plain));
        Assert.Empty(_module.Invocations["update"]);

        var highlighted = (LineageView.Default with { HighlightPii = true }).Apply(Retail(), StoreOrders);
        graph.Render(p => p.Add(g => g.Graph, highlighted));

        var update = _module.VerifyInvoke("update");
        var elements = Assert.IsAssignableFrom<IReadOnlyList<LineageElement>>(update.Arguments[1]);
        Assert.Equal("dataset pii", elements.Single(e => e.Data.Id == Customers).Classes);
        _module.VerifyInvoke("render", calledTimes: 1);
    }

    [Fact]
    public async Task Exports_ask_the_script_for_the_file()
    {
        var graph = Render<LineageGraph>(p => p.Add(g => g.Graph, LineageView.Default.Apply(Retail(), StoreOrders)));

        await graph.InvokeAsync(() => graph.Instance.ExportSvgAsync("lineage-orders.svg"));
        await graph.InvokeAsync(() => graph.Instance.ExportPngAsync("lineage-orders.png"));
        await graph.InvokeAsync(() => graph.Instance.ExportJsonAsync("lineage-orders.json"));

        Assert.Equal("lineage-orders.svg", _module.VerifyInvoke("exportSvg").Arguments[1]);
        Assert.Equal("lineage-orders.png", _module.VerifyInvoke("exportPng").Arguments[1]);
        Assert.Equal("lineage-orders.json", _module.VerifyInvoke("exportJson").Arguments[1]);
    }

    [Fact]
    public async Task A_click_in_the_drawing_reaches_the_page()
    {
        string? clicked = null;
        var graph = Render<LineageGraph>(p => p
            .Add(g => g.Graph, LineageView.Default.Apply(Retail(), StoreOrders))
            .Add(g => g.NodeClick, (string id) => clicked = id));

        await graph.InvokeAsync(() => graph.Instance.NodeClicked(Mirror));

        Assert.Equal(Mirror, clicked);
    }

    [Fact]
    public async Task Disposing_releases_the_drawing()
    {
        var graph = Render<LineageGraph>(p => p.Add(g => g.Graph, LineageView.Default.Apply(Retail(), StoreOrders)));

        await graph.Instance.DisposeAsync();

        _module.VerifyInvoke("dispose");
    }
}
