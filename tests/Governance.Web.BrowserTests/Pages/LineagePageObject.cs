using System.Globalization;
using Governance.Web.BrowserTests.Infrastructure;

namespace Governance.Web.BrowserTests.Pages;

/// <summary>The lineage explorer: toolbar, graph (cytoscape.js) and legend.</summary>
public sealed class LineagePageObject(IPage page) : PortalPage(page)
{
    public ILocator Title => Page.GetByTestId("lineage-title");
    public ILocator Graph => Page.GetByTestId("lineage-graph");
    public ILocator Depth => Page.GetByTestId("lineage-depth");
    public ILocator ShowJobs => Page.GetByTestId("lineage-show-jobs");
    public ILocator ShowDatasets => Page.GetByTestId("lineage-show-datasets");
    public ILocator ColumnMode => Page.GetByTestId("lineage-column-mode");
    public ILocator HighlightPii => Page.GetByTestId("lineage-highlight-pii");
    public ILocator AsOf => Page.GetByTestId("lineage-as-of");
    public ILocator ApplyAsOf => Page.GetByTestId("lineage-apply-as-of");
    public ILocator Now => Page.GetByTestId("lineage-now");
    public ILocator TimeSlider => Page.GetByTestId("lineage-time-slider");
    public ILocator TimeLabel => Page.GetByTestId("lineage-time-label");
    public ILocator ExportJson => Page.GetByTestId("lineage-export-json");
    public ILocator ExportPng => Page.GetByTestId("lineage-export-png");
    public ILocator ExportSvg => Page.GetByTestId("lineage-export-svg");
    public ILocator Legend => Page.GetByTestId("lineage-legend");
    public ILocator NodePanel => Page.GetByTestId("lineage-node-panel");
    public ILocator ToggleCollapse => Page.GetByTestId("lineage-toggle-collapse");
    public ILocator ColumnsEmpty => Page.GetByTestId("lineage-columns-empty");

    /// <summary>The page root; <c>data-mode</c> is <c>graph</c> (datasets and jobs) or <c>columns</c> (fields).</summary>
    public ILocator Root => Page.GetByTestId("lineage-page");

    /// <summary>The link in a dataset page's header that opens this explorer.</summary>
    public static ILocator OpenFromDatasetPage(IPage page) => page.GetByTestId("open-lineage");

    /// <summary>Opens the explorer at an address made by <c>LineageLinks.Explorer</c>.</summary>
    public Task GotoAsync(string relativeUrl) => OpenAsync(relativeUrl);

    /// <summary>Waits until the script has drawn exactly <paramref name="count"/> nodes.</summary>
    public async Task ExpectNodeCountAsync(int count) =>
        await Expect(Graph).ToHaveAttributeAsync("data-node-count", count.ToString(CultureInfo.InvariantCulture));

    /// <summary>Waits until the script has drawn exactly <paramref name="count"/> field nodes (column mode).</summary>
    public async Task ExpectFieldCountAsync(int count) =>
        await Expect(Graph).ToHaveAttributeAsync("data-field-count", count.ToString(CultureInfo.InvariantCulture));

    /// <summary>The names of the drawn nodes, read from the live cytoscape instance.</summary>
    public Task<string[]> NodeLabelsAsync() =>
        Graph.EvaluateAsync<string[]>("el => el.lineageGraph.nodes().map(n => n.data('name')).sort()");

    /// <summary>The ids of the drawn nodes with a class (e.g. <c>pii</c>, <c>field</c>).</summary>
    public Task<string[]> NodesWithClassAsync(string className) =>
        Graph.EvaluateAsync<string[]>("(el, c) => el.lineageGraph.nodes('.' + c).map(n => n.id()).sort()", className);

    /// <summary>Waits until the script has restyled the graph: exactly <paramref name="count"/> nodes carry the class.</summary>
    public async Task WaitForNodesWithClassAsync(string className, int count) =>
        await Page.WaitForFunctionAsync(
            "([c, n]) => document.querySelector('[data-testid=lineage-graph]')?.lineageGraph?.nodes('.' + c).length === n",
            new object[] { className, count });

    /// <summary>The drawn edges with a class, as "source->target".</summary>
    public Task<string[]> EdgesWithClassAsync(string className) =>
        Graph.EvaluateAsync<string[]>("(el, c) => el.lineageGraph.edges('.' + c).map(e => e.id()).sort()", className);

    /// <summary>The compound node a node is drawn in (its dataset, for a field), or null.</summary>
    public Task<string?> ParentOfAsync(string nodeId) =>
        Graph.EvaluateAsync<string?>("(el, id) => el.lineageGraph.getElementById(id).parent().id() ?? null", nodeId);

    /// <summary>An edge's data value (e.g. <c>transformation</c>), or null.</summary>
    public Task<string?> EdgeDataAsync(string edgeId, string key) =>
        Graph.EvaluateAsync<string?>("(el, a) => el.lineageGraph.getElementById(a[0]).data(a[1]) ?? null", new[] { edgeId, key });

    /// <summary>The ids of the drawn nodes (<c>dataset:{ns}:{name}</c>, <c>job:{ns}:{name}</c>), sorted.</summary>
    public Task<string[]> NodeIdsAsync() =>
        Graph.EvaluateAsync<string[]>("el => el.lineageGraph.nodes().map(n => n.id()).sort()");

    /// <summary>All drawn edges as "source->target", sorted.</summary>
    public Task<string[]> EdgeIdsAsync() =>
        Graph.EvaluateAsync<string[]>("el => el.lineageGraph.edges().map(e => e.id()).sort()");

    /// <summary>
    /// Waits until the script has drawn exactly these nodes (a count alone cannot tell two graphs of
    /// the same size apart), then checks the edges; a mismatch fails with both lists.
    /// </summary>
    public async Task ExpectDrawnAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> edgeIds)
    {
        var wanted = nodeIds.Order(StringComparer.Ordinal).ToArray();
        try
        {
            await Page.WaitForFunctionAsync(
                "wanted => { const el = document.querySelector('[data-testid=lineage-graph]'); " +
                "return !!el?.lineageGraph && JSON.stringify(el.lineageGraph.nodes().map(n => n.id()).sort()) === JSON.stringify(wanted); }",
                wanted);
        }
        catch (TimeoutException)
        {
            // Report what is drawn instead of a bare timeout.
            Assert.Equal(wanted, await NodeIdsAsync());
            throw;
        }

        Assert.Equal(edgeIds.Order(StringComparer.Ordinal).ToArray(), await EdgeIdsAsync());
    }

    /// <summary>Waits until a drawn node carries a style class (classes change on a redraw, not at once).</summary>
    public async Task ExpectNodeClassAsync(string nodeId, string className)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "([id, name]) => document.querySelector('[data-testid=lineage-graph]')?.lineageGraph?.getElementById(id).hasClass(name) === true",
                new[] { nodeId, className });
        }
        catch (TimeoutException)
        {
            Assert.Contains(nodeId, await NodesWithClassAsync(className));
            throw;
        }
    }

    /// <summary>Clicks a node the way a user would: at its rendered position on the canvas.</summary>
    public async Task ClickNodeAsync(string label)
    {
        var point = await Graph.EvaluateAsync<double[]>(
            "(el, label) => { const p = el.lineageGraph.nodes().filter(n => n.data('name') === label)[0].renderedPosition(); return [p.x, p.y]; }", label);
        await Graph.ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)point[0], Y = (float)point[1] } });
    }

    /// <summary>Sets the time control (a UTC instant) and applies it.</summary>
    public async Task ShowAsOfAsync(DateTimeOffset instant)
    {
        // Chromium normalizes a whole minute to "HH:mm", and Playwright rejects a value that reads back differently.
        var format = instant.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss";
        await AsOf.FillAsync(instant.UtcDateTime.ToString(format, CultureInfo.InvariantCulture));
        await ApplyAsOf.ClickAsync();
    }

    /// <summary>Moves the time slider to a stop (0 = the oldest change; the last stop is "now").</summary>
    public Task MoveTimeSliderAsync(int stop) => TimeSlider.FillAsync(stop.ToString(CultureInfo.InvariantCulture));

    /// <summary>A screenshot of the page, kept with the documentation images when the tests run in a checkout.</summary>
    public async Task<byte[]> SaveScreenshotAsync(string fileName)
    {
        await Page.EvaluateAsync("() => document.activeElement?.blur()");
        var png = await Page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled });
        if (DocumentationImages.Folder() is { } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, fileName), png);
        }

        return png;
    }
}
