using Governance.Collector.Kafka;
using Governance.Collector.Scanning;
using Governance.Model.Platform;
using Governance.Simulator.Generation;
using Xunit.Abstractions;

namespace Governance.Collector.Tests.Scanning;

/// <summary>The generated Tiny retail platform (a cloud cluster and two stores), scanned in full and compared with its scenario.</summary>
public sealed class GeneratedScenarioScanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_tiny_retail_platform_is_read_exactly()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 42, Size = ScenarioSize.Tiny });
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);

        var results = await harness.Scanner.ScanWithTimingsAsync();

        Assert.Equal(scenario.Clusters.Select(c => c.Alias), results.Select(r => r.Snapshot.Identity.Alias));
        foreach (var result in results)
        {
            var cluster = scenario.Cluster(result.Snapshot.Identity.Alias);
            output.WriteLine($"{cluster.Alias}: {result.Snapshot.Topics.Count} topics, {result.Snapshot.Groups.Count} groups, {result.Snapshot.Acls?.Count} ACLs, " +
                $"{result.Snapshot.SchemaRegistry?.Subjects.Count} subjects, {result.Snapshot.Connect?.Connectors.Count} connectors, " +
                $"{result.Snapshot.Topics.Sum(t => t.Samples.Count)} samples in {result.Elapsed.TotalMilliseconds:F0} ms");
            ScenarioAssert.Snapshot(cluster, result.Snapshot, harness.Options.Sampling);
        }

        // The generated platform exercises what lineage needs: schema ids and producer headers in samples.
        var all = results.Select(r => r.Snapshot).ToList();
        Assert.Contains(all.SelectMany(s => s.Topics).SelectMany(t => t.Samples), s => s.ValueSchemaId is not null);
        Assert.Contains(all.SelectMany(s => s.Topics).SelectMany(t => t.Samples), s => s.Headers.Count > 0);
        Assert.Contains(all.SelectMany(s => s.Groups), g => g.Members.Any(m => m.Assignment.Count > 0));
    }

    [Fact]
    public async Task A_small_budget_samples_every_topic_before_extra_partitions()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 7, Size = ScenarioSize.Tiny, Stores = 1 });
        await using var harness = await SimulatedPlatformHarness.StartAsync(scenario, output);
        var cloud = scenario.Clusters.First(c => c.Role == Governance.Simulator.Scenario.ClusterRole.Cloud);
        var sampleable = cloud.Topics.Count(t => !t.Internal && t.Partitions.Any(p => p.LogEndOffset > p.LogStartOffset));
        harness.Options.Sampling = new SamplingOptions { RecordsPerPartition = 1, MaxPartitionsPerTopic = 3, Budget = sampleable, Timeout = TimeSpan.FromSeconds(30) };

        var snapshot = (await harness.Scanner.ScanAsync()).Single(s => s.Identity.Alias == cloud.Alias);

        // The budget covers exactly one record per topic: every topic's first non-empty partition is read, no second one.
        Assert.True(snapshot.Completeness.IsComplete, string.Join(" | ", snapshot.Completeness.Problems));
        ScenarioAssert.Topics(cloud, snapshot, new SamplingOptions { RecordsPerPartition = 1, MaxPartitionsPerTopic = 1 });
        Assert.True(snapshot.Topics.Sum(t => t.Samples.Count) <= sampleable);
        Assert.Contains(snapshot.Topics, t => t.Samples.Count == 1 && t.Partitions.Count(p => p.HighWatermark > p.LowWatermark) > 1);
    }
}
