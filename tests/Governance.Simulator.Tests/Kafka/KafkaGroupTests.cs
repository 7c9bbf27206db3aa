using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>ListGroups, DescribeGroups, FindCoordinator and OffsetFetch through the real client.</summary>
public sealed class KafkaGroupTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ListConsumerGroups_lists_every_group_with_its_state()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = await admin.ListConsumerGroupsAsync(new ListConsumerGroupsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(["audit", "order-service"], result.Valid.Select(g => g.GroupId).Order().ToArray());
        Assert.Equal(ConsumerGroupState.Stable, result.Valid.Single(g => g.GroupId == "order-service").State);
        Assert.Equal(ConsumerGroupState.Empty, result.Valid.Single(g => g.GroupId == "audit").State);
        Assert.All(result.Valid, g => Assert.False(g.IsSimpleConsumerGroup));
    }

    [Fact]
    public async Task ListConsumerGroups_filters_by_state()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = await admin.ListConsumerGroupsAsync(new ListConsumerGroupsOptions
        {
            MatchStates = [ConsumerGroupState.Empty],
            RequestTimeout = KafkaTestCluster.Timeout,
        });

        Assert.Equal("audit", Assert.Single(result.Valid).GroupId);
    }

    [Fact]
    public async Task DescribeConsumerGroups_reports_members_client_ids_hosts_and_assignments()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = await admin.DescribeConsumerGroupsAsync(["order-service", "audit"], new DescribeConsumerGroupsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        var group = result.ConsumerGroupDescriptions.Single(g => g.GroupId == "order-service");
        Assert.Equal(ErrorCode.NoError, group.Error.Code);
        Assert.Equal(ConsumerGroupState.Stable, group.State);
        Assert.Equal("range", group.PartitionAssignor);
        Assert.False(group.IsSimpleConsumerGroup);
        Assert.Equal(1, group.Coordinator.Id);
        Assert.Equal(2, group.Members.Count);

        var first = group.Members.Single(m => m.ConsumerId == "order-service-1-5f0c");
        Assert.Equal("order-service-1", first.ClientId);
        Assert.Equal("/10.1.2.3", first.Host);
        Assert.Null(first.GroupInstanceId);
        Assert.Equal(
            [new TopicPartition("orders.v1", 0), new TopicPartition("orders.v1", 1)],
            first.Assignment.TopicPartitions.OrderBy(tp => tp.Partition.Value).ToArray());

        var second = group.Members.Single(m => m.ConsumerId == "order-service-2-77aa");
        Assert.Equal("pod-2", second.GroupInstanceId);
        Assert.Equal("/10.1.2.4", second.Host);
        Assert.Equal(
            ["orders.v1/2", "payments/0"],
            second.Assignment.TopicPartitions.Select(tp => $"{tp.Topic}/{tp.Partition.Value}").Order().ToArray());

        var audit = result.ConsumerGroupDescriptions.Single(g => g.GroupId == "audit");
        Assert.Equal(ConsumerGroupState.Empty, audit.State);
        Assert.Empty(audit.Members);
    }

    [Fact]
    public async Task ListConsumerGroupOffsets_returns_all_committed_offsets_or_the_requested_ones()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();
        var options = new ListConsumerGroupOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout };

        var all = Assert.Single(await admin.ListConsumerGroupOffsetsAsync([new ConsumerGroupTopicPartitions("order-service", null)], options));
        Assert.Equal(
            ["orders.v1/0@40", "orders.v1/1@20", "payments/0@5"],
            all.Partitions.Select(p => $"{p.Topic}/{p.Partition.Value}@{p.Offset.Value}").Order().ToArray());
        Assert.All(all.Partitions, p => Assert.Equal(ErrorCode.NoError, p.Error.Code));

        var some = Assert.Single(await admin.ListConsumerGroupOffsetsAsync(
            [new ConsumerGroupTopicPartitions("order-service", [new TopicPartition("orders.v1", 0), new TopicPartition("orders.v1", 2)])], options));
        Assert.Equal(40, some.Partitions.Single(p => p.Partition == 0).Offset.Value);
        Assert.Equal(Offset.Unset, some.Partitions.Single(p => p.Partition == 2).Offset);
    }

    [Fact]
    public async Task AdvanceGroupOffsets_is_visible_to_the_next_call()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();
        var options = new ListConsumerGroupOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout };
        var request = new[] { new ConsumerGroupTopicPartitions("order-service", null) };

        var before = Assert.Single(await admin.ListConsumerGroupOffsetsAsync(request, options));
        cluster.Platform.AdvanceGroupOffsets(TestScenarios.Cloud, "order-service", 7);
        var after = Assert.Single(await admin.ListConsumerGroupOffsetsAsync(request, options));

        Assert.Equal(40, before.Partitions.Single(p => p.Topic == "orders.v1" && p.Partition == 0).Offset.Value);
        Assert.Equal(47, after.Partitions.Single(p => p.Topic == "orders.v1" && p.Partition == 0).Offset.Value);
        Assert.Equal(10, after.Partitions.Single(p => p.Topic == "payments").Offset.Value); // capped at the log end
    }

    [Fact]
    public async Task Groups_spread_over_three_coordinators_are_all_listed_described_and_fetched()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        var admin = cluster.Admin();
        var groupIds = Enumerable.Range(0, 12).Select(i => $"store-app-{i}").ToArray();

        var listed = await admin.ListConsumerGroupsAsync(new ListConsumerGroupsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        var described = await admin.DescribeConsumerGroupsAsync(groupIds, new DescribeConsumerGroupsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(groupIds.Order(), listed.Valid.Select(g => g.GroupId).Order());
        Assert.True(described.ConsumerGroupDescriptions.Select(g => g.Coordinator.Id).Distinct().Count() > 1, "groups should have different coordinators");
        Assert.All(described.ConsumerGroupDescriptions, g =>
        {
            Assert.Equal(ConsumerGroupState.Stable, g.State);
            var member = Assert.Single(g.Members);
            var index = int.Parse(g.GroupId["store-app-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"client-{index}", member.ClientId);
            Assert.Equal(new TopicPartition("sales", index % 3), Assert.Single(member.Assignment.TopicPartitions));
        });

        var offsets = await admin.ListConsumerGroupOffsetsAsync(
            [new ConsumerGroupTopicPartitions("store-app-4", null)], new ListConsumerGroupOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        Assert.Equal(105, Assert.Single(Assert.Single(offsets).Partitions).Offset.Value);
    }
}
