using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.LineageScenario;

namespace Governance.Web.BrowserTests;

[Collection(LineageCollection.Name)]
public sealed class LineageExplorerTests(LineageFixture lineage) : BrowserTest(lineage.Portal)
{
    private static readonly string[] WholeChain = [ArchivedOrders, Archiver, EnrichedOrders, Enricher, StoreOrders, Mirror, CloudOrders];

    [Fact]
    public async Task Opens_from_the_dataset_page_with_the_chain_three_jobs_deep()
    {
        var explorer = await OpenFromStoreOrdersAsync();

        await explorer.ExpectNodeCountAsync(7);
        Assert.Equal(WholeChain.Order(StringComparer.Ordinal), await explorer.NodeLabelsAsync());
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape("lineage?nodeId=" + Uri.EscapeDataString($"dataset:{Store}:{StoreOrders}"))));
        await Expect(explorer.Legend).ToContainTextAsync("7 nodes");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Depth_and_hidden_jobs_change_what_is_drawn_and_stay_in_the_url()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ExpectNodeCountAsync(7);

        await explorer.Depth.SelectOptionAsync("1");
        await explorer.ExpectNodeCountAsync(3);
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]depth=1(&|$)"));

        await explorer.ShowJobs.UncheckAsync();
        await explorer.ExpectNodeCountAsync(2);
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]hide=jobs(&|$)"));
        Assert.Equal([StoreOrders, CloudOrders], await explorer.NodeLabelsAsync());
        // With the mirror job hidden, its two datasets stay connected by one bridged, cross-cluster edge.
        Assert.Single(await explorer.EdgesWithClassAsync("cross-cluster"));

        await Page.ReloadAsync();
        await explorer.WaitUntilInteractiveAsync();
        await explorer.ExpectNodeCountAsync(2);
        await Expect(explorer.Depth).ToHaveValueAsync("1");
        await Expect(explorer.ShowJobs).Not.ToBeCheckedAsync();

        await explorer.ShowJobs.CheckAsync();
        await explorer.ExpectNodeCountAsync(3);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task The_time_control_shows_an_edge_that_was_removed_later()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.Depth.SelectOptionAsync("1");
        await explorer.ExpectNodeCountAsync(3);

        await explorer.ShowAsOfAsync(BeforeRemoval);

        await explorer.ExpectNodeCountAsync(4);
        Assert.Contains(LegacyOrders, await explorer.NodeLabelsAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]asOf=2026-11-01T10%3A00%3A00Z(&|$)"));
        await Expect(explorer.Legend).ToContainTextAsync("as of 2026-11-01 10:00:00 UTC");

        await explorer.Now.ClickAsync();
        await explorer.ExpectNodeCountAsync(3);
        Assert.DoesNotContain(LegacyOrders, await explorer.NodeLabelsAsync());
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Mirror_edges_between_clusters_are_drawn_distinctly()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ExpectNodeCountAsync(7);

        var crossCluster = await explorer.EdgesWithClassAsync("cross-cluster");

        Assert.Contains($"dataset:{Store}:{StoreOrders}->job:{JobNamespace}:{Mirror}", crossCluster);
        Assert.Contains($"job:{JobNamespace}:{Mirror}->dataset:{Cloud}:{CloudOrders}", crossCluster);
        Assert.DoesNotContain(crossCluster, id => id.Contains(Enricher, StringComparison.Ordinal));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Clicking_a_node_collapses_and_expands_what_lies_beyond_it()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ExpectNodeCountAsync(7);

        await explorer.ClickNodeAsync(CloudOrders);
        await Expect(explorer.NodePanel).ToContainTextAsync(CloudOrders);
        await explorer.ToggleCollapse.ClickAsync();

        await explorer.ExpectNodeCountAsync(3);
        await Expect(explorer.ToggleCollapse).ToHaveTextAsync(new Regex("Expand"));
        await explorer.ToggleCollapse.ClickAsync();
        await explorer.ExpectNodeCountAsync(7);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Exports_the_drawn_graph_as_json_and_png()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ExpectNodeCountAsync(7);

        var json = await Page.RunAndWaitForDownloadAsync(() => explorer.ExportJson.ClickAsync());
        var png = await Page.RunAndWaitForDownloadAsync(() => explorer.ExportPng.ClickAsync());

        Assert.Equal($"lineage-{StoreOrders}.json", json.SuggestedFilename);
        var content = await File.ReadAllTextAsync(await json.PathAsync());
        using var document = System.Text.Json.JsonDocument.Parse(content);
        var labels = document.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(WholeChain.Order(StringComparer.Ordinal), labels);
        Assert.Equal(7, document.RootElement.GetProperty("edges").GetArrayLength() + 1); // a chain: one edge fewer than nodes

        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal($"lineage-{StoreOrders}.png", png.SuggestedFilename);
        Assert.True(bytes.Length > 5_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "not a PNG");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Lineage_screenshot()
    {
        // Before the removal the mirror still fans out to two topics: a more telling picture.
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ShowAsOfAsync(BeforeRemoval);
        await explorer.ExpectNodeCountAsync(8);
        await explorer.ClickNodeAsync(Mirror);
        await Expect(explorer.NodePanel).ToContainTextAsync(Mirror);
        await Page.EvaluateAsync("() => document.activeElement?.blur()");

        var png = await Page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled });

        Assert.True(png.Length > 10_000, $"lineage.png looks empty ({png.Length} bytes)");
        if (DocumentationImages.Folder() is { } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "lineage.png"), png);
        }

        await AssertPortalHealthyAsync();
    }

    private async Task<LineagePageObject> OpenFromStoreOrdersAsync()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Store, StoreOrders);
        await LineagePageObject.OpenFromDatasetPage(Page).ClickAsync();
        var explorer = new LineagePageObject(Page);
        await Expect(explorer.Title).ToHaveTextAsync($"Lineage of {StoreOrders}");
        return explorer;
    }
}
