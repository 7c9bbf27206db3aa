using System.Diagnostics;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Simulator.Scenario;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>
/// The sizes the collector and the benchmarks use (10,000 topics, 2,000 groups) through the real
/// client. The bounds are loose: they catch accidental O(n²) per request, not small slowdowns.
/// </summary>
public sealed class KafkaScaleTests(ITestOutputHelper output)
{
    private const int Topics = 10_000;
    private const int Groups = 2_000;

    [Fact]
    public async Task Ten_thousand_topics_and_two_thousand_groups_are_served_quickly()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(LargeScenario(), TestScenarios.Edge, output);
        var admin = cluster.Admin();
        var clock = Stopwatch.StartNew();

        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(30));
        var metadataTime = clock.Elapsed;
        Assert.Equal(Topics, metadata.Topics.Count);
        Assert.All(metadata.Topics.Take(100), t => Assert.Equal(3, t.Partitions.Count));

        clock.Restart();
        var listed = await admin.ListConsumerGroupsAsync(new ListConsumerGroupsOptions { RequestTimeout = TimeSpan.FromSeconds(30) });
        var listTime = clock.Elapsed;
        Assert.Equal(Groups, listed.Valid.Count);

        clock.Restart();
        var described = await admin.DescribeConsumerGroupsAsync(
            listed.Valid.Select(g => g.GroupId).ToList(), new DescribeConsumerGroupsOptions { RequestTimeout = TimeSpan.FromSeconds(60) });
        var describeTime = clock.Elapsed;
        Assert.Equal(Groups, described.ConsumerGroupDescriptions.Count);
        Assert.All(described.ConsumerGroupDescriptions, g => Assert.Single(g.Members));

        clock.Restart();
        var configs = await admin.DescribeConfigsAsync(
            Enumerable.Range(0, 500).Select(i => new ConfigResource { Type = ResourceType.Topic, Name = $"topic-{i:D5}" }).ToList(),
            new DescribeConfigsOptions { RequestTimeout = TimeSpan.FromSeconds(30) });
        var configTime = clock.Elapsed;
        Assert.Equal(500, configs.Count);

        output.WriteLine($"Metadata {metadataTime.TotalMilliseconds:F0} ms, ListGroups {listTime.TotalMilliseconds:F0} ms, " +
            $"DescribeGroups {describeTime.TotalMilliseconds:F0} ms, DescribeConfigs(500) {configTime.TotalMilliseconds:F0} ms");
        Assert.True(metadataTime < TimeSpan.FromSeconds(10), $"Metadata took {metadataTime}");
        Assert.True(listTime < TimeSpan.FromSeconds(10), $"ListGroups took {listTime}");
        Assert.True(describeTime < TimeSpan.FromSeconds(30), $"DescribeGroups took {describeTime}");
        Assert.True(configTime < TimeSpan.FromSeconds(10), $"DescribeConfigs took {configTime}");
    }

    private static PlatformScenario LargeScenario() => new()
    {
        Name = "kafka-scale",
        Clusters =
        [
            new ClusterScenario
            {
                Id = "lkc-scale",
                Alias = TestScenarios.Edge,
                Brokers = 3,
                ControllerId = 1,
                Topics = Enumerable.Range(0, Topics).Select(i => new TopicScenario
                {
                    Name = $"topic-{i:D5}",
                    TopicId = Guid.NewGuid(),
                    ReplicationFactor = 3,
                    Configs = new() { ["retention.ms"] = "86400000" },
                    Partitions = Enumerable.Range(0, 3).Select(p => new PartitionScenario
                    {
                        Id = p,
                        Leader = ((i + p) % 3) + 1,
                        Replicas = [((i + p) % 3) + 1, ((i + p + 1) % 3) + 1, ((i + p + 2) % 3) + 1],
                        Isr = [((i + p) % 3) + 1, ((i + p + 1) % 3) + 1, ((i + p + 2) % 3) + 1],
                        LogEndOffset = 1000,
                    }).ToList(),
                }).ToList(),
                Groups = Enumerable.Range(0, Groups).Select(i => new ConsumerGroupScenario
                {
                    GroupId = $"group-{i:D4}",
                    Members = [new GroupMemberScenario { MemberId = $"m-{i}", ClientId = $"c-{i}", ClientHost = "/10.0.0.1", Assignment = [new() { Topic = $"topic-{i:D5}", Partitions = [0, 1, 2] }] }],
                    Offsets = Enumerable.Range(0, 3).Select(p => new CommittedOffsetScenario { Topic = $"topic-{i:D5}", Partition = p, Offset = 500 }).ToList(),
                }).ToList(),
            },
        ],
    };
}
