using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Journey.StewardJourneyFixture;

namespace Governance.Web.BrowserTests.Journey;

/// <summary>
/// A data steward on the retail platform the collector scanned: from a PII field in the catalog to its
/// dataset's versions, then through its lineage at two depths, by column, before and after the
/// platform changed, to a JSON export. Screenshots of every lineage step are kept as test artifacts.
/// </summary>
[Collection(StewardJourneyCollection.Name)]
public sealed class StewardJourneyTests(StewardJourneyFixture journey) : BrowserTest(journey.Portal)
{
    private string Kafka => journey.KafkaNamespace;

    /// <summary>The service that writes the PII topic from the first scan on.</summary>
    private string ProducerNodeId => $"job:{Kafka}:loyalty-service";

    /// <summary>The service that writes what the producer reads: two jobs away from the topic.</summary>
    private string UpstreamServiceNodeId => $"job:{Kafka}:order-service";

    [Fact]
    public async Task A_steward_follows_a_pii_field_from_the_catalog_through_versions_and_lineage_to_an_export()
    {
        var screenshots = new JourneyScreenshots("steward-journey");

        var dataset = await FindAndOpenThePiiDatasetAsync();
        await SeeTheVersionsAndTheirDiffAsync(dataset);

        await LineagePageObject.OpenFromDatasetPage(Page).ClickAsync();
        var explorer = new LineagePageObject(Page);
        await Expect(explorer.Title).ToHaveTextAsync($"Lineage of {PiiTopic}");
        await ExpectAsTheApiSaysAsync(explorer, depth: 3);
        await screenshots.TakeAsync(Page, "lineage-opened");

        await explorer.Depth.SelectOptionAsync("1");
        var oneJobAway = await ExpectAsTheApiSaysAsync(explorer, depth: 1);
        await screenshots.TakeAsync(Page, "lineage-depth-1");
        await explorer.Depth.SelectOptionAsync("2");
        var twoJobsAway = await ExpectAsTheApiSaysAsync(explorer, depth: 2);
        await screenshots.TakeAsync(Page, "lineage-depth-2");
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]depth=2(&|$)"));
        Assert.Subset(twoJobsAway.Nodes.ToHashSet(), oneJobAway.Nodes.ToHashSet());
        Assert.True(twoJobsAway.Nodes.Count > oneJobAway.Nodes.Count, $"depth 2 drew {twoJobsAway.Nodes.Count} nodes, depth 1 {oneJobAway.Nodes.Count}");
        Assert.Contains(UpstreamServiceNodeId, twoJobsAway.Nodes);
        Assert.DoesNotContain(UpstreamServiceNodeId, oneJobAway.Nodes);
        foreach (var neighbour in new[] { ProducerNodeId, journey.NewConsumerNodeId, journey.FlinkJobNodeId, journey.FlinkOutputNodeId })
        {
            Assert.Contains(neighbour, oneJobAway.Nodes);
        }

        await FollowTheFieldsAsync(explorer, screenshots);
        await explorer.ColumnMode.UncheckAsync();
        await Expect(explorer.Root).ToHaveAttributeAsync("data-mode", "graph");
        await ExpectAsTheApiSaysAsync(explorer, depth: 2);

        await explorer.ShowAsOfAsync(journey.BeforeChange);
        var before = await ExpectAsTheApiSaysAsync(explorer, depth: 2, journey.BeforeChange);
        await screenshots.TakeAsync(Page, "lineage-before-the-change");
        await Expect(explorer.Legend).ToContainTextAsync(
            "as of " + journey.BeforeChange.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC");
        Assert.Contains($"{ProducerNodeId}->{journey.PiiTopicNodeId}", before.Edges);
        Assert.DoesNotContain($"{journey.PiiTopicNodeId}->{journey.NewConsumerNodeId}", before.Edges);
        Assert.DoesNotContain(journey.NewConsumerNodeId, before.Nodes);
        Assert.DoesNotContain(journey.FlinkJobNodeId, before.Nodes);

        await explorer.Now.ClickAsync();
        var now = await ExpectAsTheApiSaysAsync(explorer, depth: 2);
        await screenshots.TakeAsync(Page, "lineage-now");
        Assert.Contains($"{journey.PiiTopicNodeId}->{journey.NewConsumerNodeId}", now.Edges);
        Assert.Contains($"{journey.PiiTopicNodeId}->{journey.FlinkJobNodeId}", now.Edges);
        Assert.Contains($"{journey.FlinkJobNodeId}->{journey.FlinkOutputNodeId}", now.Edges);

        await ExportedJsonHoldsWhatIsDrawnAsync(explorer, now);
        await AssertPortalHealthyAsync();
    }

    private async Task<DatasetPageObject> FindAndOpenThePiiDatasetAsync()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await catalog.SearchAsync(PiiField);
        await Expect(catalog.Names.GetByText(PiiTopic, new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();

        var dataset = await catalog.OpenDatasetAsync(PiiTopic);
        await Expect(dataset.Namespace).ToContainTextAsync(Kafka);
        await Expect(dataset.FieldName(PiiField)).ToBeVisibleAsync();
        await Expect(dataset.FieldName(AddedField)).ToBeVisibleAsync();
        return dataset;
    }

    /// <summary>The first scan saw the topic's schema, the second the version with the added field.</summary>
    private static async Task SeeTheVersionsAndTheirDiffAsync(DatasetPageObject dataset)
    {
        await Expect(dataset.VersionRows).ToHaveCountAsync(2);
        await Expect(dataset.VersionRows.Nth(0)).ToHaveAttributeAsync("data-version", "2");
        await Expect(dataset.VersionRows.Nth(1)).ToHaveAttributeAsync("data-version", "1");
        await Expect(dataset.VersionFrom).ToHaveValueAsync("1");
        await Expect(dataset.VersionTo).ToHaveValueAsync("2");
        await Expect(dataset.DiffRow("added", AddedField)).ToBeVisibleAsync();
        await Expect(dataset.DiffRows).ToHaveCountAsync(1);
    }

    /// <summary>
    /// Column mode: the topic's fields and the fields the Flink job computes from them, each inside its
    /// dataset; with PII highlighted, the email field and the field it flows into are marked.
    /// </summary>
    private async Task FollowTheFieldsAsync(LineagePageObject explorer, JourneyScreenshots screenshots)
    {
        await explorer.ColumnMode.CheckAsync();
        await Expect(explorer.Root).ToHaveAttributeAsync("data-mode", "columns");
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]mode=columns(&|$)"));
        var columns = await LineageReads.ColumnsAsync(Portal.BaseAddress, journey.PiiTopicNodeId, depth: 2);
        await explorer.ExpectDrawnAsync(columns.Nodes, columns.Edges);
        foreach (var (output, input) in FlinkFields)
        {
            Assert.Contains($"{journey.FieldNodeId(PiiTopic, input)}->{journey.FieldNodeId(FlinkOutput, output)}", columns.Edges);
            Assert.Contains(journey.FieldNodeId(FlinkOutput, output), await explorer.NodesWithClassAsync("field"));
        }

        await explorer.HighlightPii.CheckAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]highlight=pii(&|$)"));
        var email = journey.FieldNodeId(PiiTopic, PiiField);
        var copiedEmail = journey.FieldNodeId(FlinkOutput, FlinkFields.Single(f => f.Input == PiiField).Output);
        await explorer.ExpectNodeClassAsync(email, "pii");
        await explorer.ExpectNodeClassAsync(copiedEmail, "pii-path");
        Assert.DoesNotContain(journey.FieldNodeId(FlinkOutput, "memberId"), await explorer.NodesWithClassAsync("pii-path"));
        await screenshots.TakeAsync(Page, "lineage-columns-pii");
    }

    /// <summary>Waits until the explorer draws exactly the graph the read API returns for the same view.</summary>
    private async Task<LineageIds> ExpectAsTheApiSaysAsync(LineagePageObject explorer, int depth, DateTimeOffset? asOf = null)
    {
        var expected = await LineageReads.GraphAsync(Portal.BaseAddress, journey.PiiTopicNodeId, depth, asOf);
        await explorer.ExpectDrawnAsync(expected.Nodes, expected.Edges);
        await Expect(explorer.Depth).ToHaveValueAsync(depth.ToString(CultureInfo.InvariantCulture));
        return expected;
    }

    private async Task ExportedJsonHoldsWhatIsDrawnAsync(LineagePageObject explorer, LineageIds drawn)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => explorer.ExportJson.ClickAsync());

        Assert.Equal($"lineage-{PiiTopic}.json", download.SuggestedFilename);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(drawn.Nodes, nodes);
        Assert.Equal(drawn.Edges, edges);
    }
}
