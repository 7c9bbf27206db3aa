using Governance.Collector.Identity;
using Governance.Collector.Lineage;
using Governance.Model.OpenLineage.Validation;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The whole path on the generated retail platform: simulator → Confluent.Kafka / HTTP → collector
/// → OpenLineage over HTTP → portal, and what the portal then shows.
/// </summary>
public sealed class ScanToPortalTests
{
    private static PlatformScenario Scenario() =>
        RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 7, Size = ScenarioSize.Tiny, Stores = 2 });

    [Fact]
    public async Task A_scan_sends_strictly_valid_events_and_the_portal_shows_every_topic_and_job_with_their_edges()
    {
        var scenario = Scenario();
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        await using var collector = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey);
        await collector.StartAsync();

        var summary = await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();
        using var reader = portal.Reader();

        Assert.True(summary.Complete, string.Join("; ", summary.Clusters.SelectMany(c => c.Problems)));
        Assert.Equal(0, collector.Delivery.Rejected);
        var events = await PortalReads.AllRawEventsAsync(reader);
        Assert.Equal(summary.Plan.Events.Count, events.Count);
        foreach (var evt in events)
        {
            var result = OpenLineageValidator.Default.Validate(evt);
            Assert.True(result.Errors.Count == 0 && result.Warnings.Count == 0,
                $"{evt}\n{string.Join("\n", result.Errors.Concat(result.Warnings).Select(i => $"{i.Path}: {i.Message}"))}");
        }

        foreach (var cluster in scenario.Clusters)
        {
            var ns = ClusterNamespaces.For(cluster.Id);
            // Kafka's, Connect's and MirrorMaker's own topics are plumbing, not datasets.
            foreach (var topic in cluster.Topics.Where(t => !t.Internal && !InternalTopics.IsInternal(t.Name)))
            {
                Assert.True(await PortalReads.DatasetAsync(reader, ns, topic.Name) is not null, $"topic {cluster.Alias}/{topic.Name} missing from the portal");
            }
        }

        foreach (var job in summary.Lineage.Jobs)
        {
            var shown = await PortalReads.JobAsync(reader, job.Namespace, job.Name);
            Assert.True(shown is not null, $"job {job.Namespace}/{job.Name} missing from the portal");
            Assert.Equal(Ids(job.Inputs), PortalReads.Ids(shown.Value, "inputs"));
            Assert.Equal(Ids(job.Outputs), PortalReads.Ids(shown.Value, "outputs"));
        }
    }

    [Fact]
    public async Task Mirrored_store_topics_are_linked_across_clusters()
    {
        var scenario = Scenario();
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        await using var collector = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey);
        await collector.StartAsync();

        await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();
        using var reader = portal.Reader();

        var cloud = scenario.Clusters.Single(c => c.Role == ClusterRole.Cloud);
        var mirrors = scenario.Applications.Where(a => a.Kind == ApplicationKind.Mirror).ToList();
        Assert.NotEmpty(mirrors);
        foreach (var mirror in mirrors)
        {
            foreach (var input in mirror.Inputs)
            {
                // Ground truth names a mirror's source as {store alias}/{topic}; it lands on the cloud as {alias}.{topic}.
                var (storeAlias, topic) = (input[..input.IndexOf('/', StringComparison.Ordinal)], input[(input.IndexOf('/', StringComparison.Ordinal) + 1)..]);
                var store = scenario.Cluster(storeAlias);
                var source = $"dataset:{ClusterNamespaces.For(store.Id)}:{topic}";
                var downstream = await PortalReads.GraphAsync(reader, source, depth: 1);
                Assert.Contains($"dataset:{ClusterNamespaces.For(cloud.Id)}:{storeAlias}.{topic}", downstream);
            }
        }
    }

    private static IReadOnlySet<(string, string)> Ids(IEnumerable<InferredEdge> edges) =>
        edges.Select(e => (e.Dataset.Namespace, e.Dataset.Name)).ToHashSet();
}
