using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using Governance.Web.Components.Lineage;
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

    [Fact]
    public async Task Column_mode_draws_fields_inside_their_datasets_and_stays_in_the_url()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ExpectNodeCountAsync(7);

        await explorer.ColumnMode.CheckAsync();

        // Three fields of the store topic, mirrored, enriched (order_id, customer_email, amount) and archived (two of them).
        await explorer.ExpectFieldCountAsync(11);
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]mode=columns(&|$)"));
        var email = FieldNode(Cloud, EnrichedOrders, "customer_email");
        Assert.Equal($"dataset:{Cloud}:{EnrichedOrders}", await explorer.ParentOfAsync(email));
        Assert.Contains(email, await explorer.NodesWithClassAsync("field"));
        var join = $"{FieldNode(Cloud, CloudOrders, "customer_id")}->{email}";
        Assert.Equal("INDIRECT/JOIN", await explorer.EdgeDataAsync(join, "transformation"));
        Assert.Contains(join, await explorer.EdgesWithClassAsync("indirect"));
        Assert.Contains($"{FieldNode(Store, StoreOrders, "order_id")}->{FieldNode(Cloud, CloudOrders, "order_id")}", await explorer.EdgesWithClassAsync("cross-cluster"));
        await Expect(explorer.Legend).ToContainTextAsync("11 fields in 4 datasets");
        await explorer.SaveScreenshotAsync("lineage-columns.png");

        await Page.ReloadAsync();
        await explorer.WaitUntilInteractiveAsync();
        await explorer.ExpectFieldCountAsync(11);
        await Expect(explorer.ColumnMode).ToBeCheckedAsync();

        await explorer.ColumnMode.UncheckAsync();
        await explorer.ExpectNodeCountAsync(7);
        await Expect(explorer.Graph).ToHaveAttributeAsync("data-field-count", "0");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Column_mode_says_so_when_no_field_lineage_exists()
    {
        var explorer = new LineagePageObject(Page);

        // The legacy topic's producer sent no columnLineage facet.
        await explorer.GotoAsync(LineageLinks.Explorer($"dataset:{Cloud}:{LegacyOrders}", columns: true));

        await Expect(explorer.ColumnsEmpty).ToContainTextAsync($"No column-level lineage for {LegacyOrders}");
        await Page.GetByTestId("lineage-leave-columns").ClickAsync();
        await Expect(Page).Not.ToHaveURLAsync(new Regex("mode=columns"));
        // Its only edge (from the mirror) closed at the removal.
        await explorer.ExpectNodeCountAsync(1);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Pii_highlighting_marks_the_customer_data_and_where_it_flows()
    {
        // From the enriched topic: the customers it joins in are upstream, the lake downstream.
        var explorer = new LineagePageObject(Page);
        await explorer.GotoAsync(LineageLinks.ForDataset(Cloud, EnrichedOrders));
        await explorer.ExpectNodeCountAsync(8);

        await explorer.HighlightPii.CheckAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]highlight=pii(&|$)"));
        await explorer.WaitForNodesWithClassAsync("pii", 1);
        Assert.Equal([$"dataset:{Cloud}:{Customers}"], await explorer.NodesWithClassAsync("pii"));
        Assert.Equal(
            new[] { $"dataset:{Cloud}:{EnrichedOrders}", $"dataset:{Lake}:{ArchivedOrders}", $"job:{JobNamespace}:{Enricher}", $"job:{JobNamespace}:{Archiver}" }
                .Order(StringComparer.Ordinal),
            await explorer.NodesWithClassAsync("pii-path"));
        Assert.Equal(
            new[] { $"dataset:{Store}:{StoreOrders}", $"dataset:{Cloud}:{CloudOrders}", $"job:{JobNamespace}:{Mirror}" }.Order(StringComparer.Ordinal),
            await explorer.NodesWithClassAsync("dimmed"));
        Assert.Contains($"dataset:{Cloud}:{Customers}->job:{JobNamespace}:{Enricher}", await explorer.EdgesWithClassAsync("pii-path"));
        await explorer.SaveScreenshotAsync("lineage-pii.png");

        await explorer.HighlightPii.UncheckAsync();
        await explorer.WaitForNodesWithClassAsync("dimmed", 0);
        Assert.Empty(await explorer.NodesWithClassAsync("pii-path"));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Pii_highlighting_in_column_mode_follows_the_email_field()
    {
        var explorer = new LineagePageObject(Page);
        await explorer.GotoAsync(LineageLinks.Explorer($"dataset:{Cloud}:{EnrichedOrders}", columns: true));
        // Its three fields, seven upstream (through the mirror to the store, and the customers' email) and two in the lake.
        await explorer.ExpectFieldCountAsync(12);

        await explorer.HighlightPii.CheckAsync();

        var email = FieldNode(Cloud, Customers, "email");
        await explorer.WaitForNodesWithClassAsync("pii", 2);
        Assert.Equal(new[] { email, $"dataset:{Cloud}:{Customers}" }.Order(StringComparer.Ordinal), await explorer.NodesWithClassAsync("pii"));
        Assert.Equal(
            new[] { FieldNode(Cloud, EnrichedOrders, "customer_email"), FieldNode(Lake, ArchivedOrders, "customer_email"),
                $"dataset:{Cloud}:{EnrichedOrders}", $"dataset:{Lake}:{ArchivedOrders}" }.Order(StringComparer.Ordinal),
            await explorer.NodesWithClassAsync("pii-path"));
        Assert.Contains(FieldNode(Cloud, EnrichedOrders, "amount"), await explorer.NodesWithClassAsync("dimmed"));
        await explorer.SaveScreenshotAsync("lineage-columns-pii.png");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Exports_the_drawn_graph_as_svg()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.ExpectNodeCountAsync(7);

        var svg = await Page.RunAndWaitForDownloadAsync(() => explorer.ExportSvg.ClickAsync());

        Assert.Equal($"lineage-{StoreOrders}.svg", svg.SuggestedFilename);
        var content = await File.ReadAllTextAsync(await svg.PathAsync());
        Assert.True(content.StartsWith("<svg", StringComparison.Ordinal) || content.StartsWith("<?xml", StringComparison.Ordinal), content[..Math.Min(80, content.Length)]);
        Assert.Contains(EnrichedOrders, content, StringComparison.Ordinal);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task The_time_slider_steps_back_to_the_instant_the_legacy_topic_was_still_mirrored()
    {
        var explorer = await OpenFromStoreOrdersAsync();
        await explorer.Depth.SelectOptionAsync("1");
        await explorer.ExpectNodeCountAsync(3);
        // Two changes within one job: everything opened at the start, and the legacy edge closed at the removal.
        await Expect(explorer.TimeSlider).ToHaveAttributeAsync("max", "2");
        await Expect(explorer.TimeLabel).ToHaveTextAsync("now");

        await explorer.MoveTimeSliderAsync(0);

        await explorer.ExpectNodeCountAsync(4);
        Assert.Contains(LegacyOrders, await explorer.NodeLabelsAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]asOf=2026-11-01T08%3A00%3A00Z(&|$)"));
        await Expect(explorer.TimeLabel).ToHaveTextAsync("2026-11-01 08:00:00 UTC");
        await Expect(explorer.AsOf).ToHaveValueAsync(new Regex("^2026-11-01T08:00(:00)?$"));

        await explorer.MoveTimeSliderAsync(1);
        await explorer.ExpectNodeCountAsync(3);
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]asOf=2026-11-01T12%3A00%3A00Z(&|$)"));

        await explorer.MoveTimeSliderAsync(2);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("asOf="));
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
