using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>Metadata and DescribeCluster through the real client (librdkafka 2.15.1) over TCP.</summary>
public sealed class KafkaMetadataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetMetadata_reports_brokers_topics_partitions_leaders_replicas_and_isr()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var metadata = admin.GetMetadata(KafkaTestCluster.Timeout);

        var broker = Assert.Single(metadata.Brokers);
        Assert.Equal(1, broker.BrokerId);
        Assert.Equal("127.0.0.1", broker.Host);
        Assert.Equal(cluster.Server.Ports[0], broker.Port);
        Assert.Equal(["__consumer_offsets", "orders.v1", "payments"], metadata.Topics.Select(t => t.Topic).Order().ToArray());

        var orders = metadata.Topics.Single(t => t.Topic == "orders.v1");
        Assert.Equal(ErrorCode.NoError, orders.Error.Code);
        Assert.Equal([0, 1, 2], orders.Partitions.Select(p => p.PartitionId).Order().ToArray());
        Assert.All(orders.Partitions, p =>
        {
            Assert.Equal(1, p.Leader);
            Assert.Equal([1], p.Replicas);
            Assert.Equal([1], p.InSyncReplicas);
        });
    }

    [Fact]
    public async Task GetMetadata_for_a_missing_topic_reports_unknown_topic()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var metadata = admin.GetMetadata("no-such-topic", KafkaTestCluster.Timeout);

        var topic = Assert.Single(metadata.Topics);
        Assert.Equal(ErrorCode.UnknownTopicOrPart, topic.Error.Code);
        Assert.Empty(topic.Partitions);
    }

    [Fact]
    public async Task DescribeCluster_reports_cluster_id_controller_and_nodes()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        var admin = cluster.Admin();

        var description = await admin.DescribeClusterAsync(new DescribeClusterOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(TestScenarios.EdgeClusterId, description.ClusterId);
        Assert.Equal(2, description.Controller.Id);
        Assert.Equal([1, 2, 3], description.Nodes.Select(n => n.Id).Order().ToArray());
        Assert.Equal(cluster.Server.Ports, description.Nodes.OrderBy(n => n.Id).Select(n => n.Port).ToArray());
    }

    [Fact]
    public async Task DescribeTopics_reports_topic_ids_and_internal_flag()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = await admin.DescribeTopicsAsync(
            TopicCollection.OfTopicNames(["orders.v1", "__consumer_offsets"]),
            new DescribeTopicsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        var orders = result.TopicDescriptions.Single(t => t.Name == "orders.v1");
        Assert.Equal(TestScenarios.OrdersId.ToString(), ToGuid(orders.TopicId).ToString());
        Assert.False(orders.IsInternal);
        Assert.Equal(3, orders.Partitions.Count);
        Assert.True(result.TopicDescriptions.Single(t => t.Name == "__consumer_offsets").IsInternal);
    }

    [Fact]
    public async Task A_three_broker_cluster_has_partitions_led_by_different_brokers()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        var admin = cluster.Admin();

        var metadata = admin.GetMetadata("sales", KafkaTestCluster.Timeout);

        Assert.Equal(3, metadata.Brokers.Count);
        Assert.Equal(cluster.Server.Ports, metadata.Brokers.OrderBy(b => b.BrokerId).Select(b => b.Port).ToArray());
        var sales = Assert.Single(metadata.Topics);
        var partitions = sales.Partitions.OrderBy(p => p.PartitionId).ToList();
        Assert.Equal([1, 2, 3], partitions.Select(p => p.Leader).ToArray());
        Assert.Equal([2, 3, 1], partitions[1].Replicas);
        Assert.Equal([3, 1], partitions[2].InSyncReplicas);
    }

    /// <summary>Confluent.Kafka's Uuid prints as Kafka's base64 form; compare through the two longs.</summary>
    private static Guid ToGuid(Uuid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes, uuid.MostSignificantBits);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes[8..], uuid.LeastSignificantBits);
        return new Guid(bytes, bigEndian: true);
    }
}
