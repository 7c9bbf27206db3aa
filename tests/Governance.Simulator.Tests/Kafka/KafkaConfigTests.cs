using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>DescribeConfigs for topics and brokers, and CreateTopics / DeleteTopics, through the real client.</summary>
public sealed class KafkaConfigTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DescribeConfigs_reports_scenario_topic_configs_as_dynamic_over_broker_defaults()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = Assert.Single(await admin.DescribeConfigsAsync(
            [new ConfigResource { Type = ResourceType.Topic, Name = "orders.v1" }],
            new DescribeConfigsOptions { RequestTimeout = KafkaTestCluster.Timeout }));

        var cleanup = result.Entries["cleanup.policy"];
        Assert.Equal("compact", cleanup.Value);
        Assert.Equal(ConfigSource.DynamicTopicConfig, cleanup.Source);
        Assert.False(cleanup.IsDefault);
        Assert.Contains(cleanup.Synonyms, s => s.Name == "log.cleanup.policy" && s.Value == "delete" && s.Source == ConfigSource.DefaultConfig);

        Assert.Equal("86400000", result.Entries["retention.ms"].Value);
        Assert.Equal(ConfigSource.DynamicTopicConfig, result.Entries["retention.ms"].Source);

        var minIsr = result.Entries["min.insync.replicas"];
        Assert.Equal("1", minIsr.Value);
        Assert.Equal(ConfigSource.DefaultConfig, minIsr.Source);
        Assert.True(minIsr.IsDefault);
        Assert.False(minIsr.IsReadOnly);
        Assert.False(minIsr.IsSensitive);
    }

    [Fact]
    public async Task DescribeConfigs_of_a_missing_topic_fails_with_unknown_topic()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var ex = await Assert.ThrowsAsync<DescribeConfigsException>(() => admin.DescribeConfigsAsync(
            [new ConfigResource { Type = ResourceType.Topic, Name = "nope" }],
            new DescribeConfigsOptions { RequestTimeout = KafkaTestCluster.Timeout }));

        Assert.Equal(ErrorCode.UnknownTopicOrPart, Assert.Single(ex.Results).Error.Code);
    }

    [Fact]
    public async Task DescribeConfigs_of_a_broker_is_answered_by_that_broker()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        var admin = cluster.Admin();

        var result = Assert.Single(await admin.DescribeConfigsAsync(
            [new ConfigResource { Type = ResourceType.Broker, Name = "2" }],
            new DescribeConfigsOptions { RequestTimeout = KafkaTestCluster.Timeout }));

        Assert.Equal("2", result.Entries["broker.id"].Value);
        Assert.True(result.Entries["broker.id"].IsReadOnly);
        Assert.Equal($"PLAINTEXT://127.0.0.1:{cluster.Server.Ports[1]}", result.Entries["advertised.listeners"].Value);
        Assert.Equal("false", result.Entries["auto.create.topics.enable"].Value);
        Assert.Equal(ConfigSource.StaticBrokerConfig, result.Entries["auto.create.topics.enable"].Source);
        Assert.Equal("3", result.Entries["default.replication.factor"].Value);
        var password = result.Entries["ssl.keystore.password"];
        Assert.True(password.IsSensitive);
        Assert.Null(password.Value);
    }

    [Fact]
    public async Task CreateTopics_adds_a_topic_to_the_scenario_and_DeleteTopics_removes_it()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        var admin = cluster.Admin();

        await admin.CreateTopicsAsync(
            [new TopicSpecification { Name = "returns", NumPartitions = 6, ReplicationFactor = 2, Configs = new() { ["retention.ms"] = "3600000" } }],
            new CreateTopicsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        var created = cluster.Platform.Read(s => s.Cluster(TestScenarios.Edge).Topic("returns"));
        Assert.NotNull(created);
        Assert.Equal(6, created.Partitions.Count);
        Assert.All(created.Partitions, p => Assert.Equal(2, p.Replicas.Count));
        Assert.Equal(3, created.Partitions.Select(p => p.Leader).Distinct().Count());
        Assert.Equal("3600000", created.Configs["retention.ms"]);
        var metadata = admin.GetMetadata("returns", KafkaTestCluster.Timeout);
        Assert.Equal(6, Assert.Single(metadata.Topics).Partitions.Count);

        var duplicate = await Assert.ThrowsAsync<CreateTopicsException>(() => admin.CreateTopicsAsync(
            [new TopicSpecification { Name = "returns", NumPartitions = 1 }], new CreateTopicsOptions { RequestTimeout = KafkaTestCluster.Timeout }));
        Assert.Equal(ErrorCode.TopicAlreadyExists, Assert.Single(duplicate.Results).Error.Code);

        var tooMany = await Assert.ThrowsAsync<CreateTopicsException>(() => admin.CreateTopicsAsync(
            [new TopicSpecification { Name = "wide", NumPartitions = 1, ReplicationFactor = 4 }], new CreateTopicsOptions { RequestTimeout = KafkaTestCluster.Timeout }));
        Assert.Equal(ErrorCode.InvalidReplicationFactor, Assert.Single(tooMany.Results).Error.Code);

        await admin.DeleteTopicsAsync(["returns"], new DeleteTopicsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        Assert.Null(cluster.Platform.Read(s => s.Cluster(TestScenarios.Edge).Topic("returns")));
    }
}
