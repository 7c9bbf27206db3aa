using Governance.Model.Naming;

namespace Governance.Model.Tests;

public class KafkaNamingTests
{
    [Theory]
    [InlineData("broker:9092", "kafka://broker:9092")]
    [InlineData("broker", "kafka://broker:9092")]
    [InlineData("  Broker1.Example.COM:9093 , broker2:9092", "kafka://broker1.example.com:9093")]
    [InlineData("broker2:9094,broker1:9092", "kafka://broker2:9094")]
    [InlineData(" , ,broker:1", "kafka://broker:1")]
    [InlineData("broker:", "kafka://broker:9092")]
    [InlineData("SASL_SSL://Broker:9094", "kafka://broker:9094")]
    [InlineData("PLAINTEXT://broker:9092/", "kafka://broker:9092")]
    [InlineData("10.0.0.5:29092", "kafka://10.0.0.5:29092")]
    [InlineData("[::1]:9093", "kafka://[::1]:9093")]
    [InlineData("[FE80::1]", "kafka://[fe80::1]:9092")]
    [InlineData("[0:0:0:0:0:0:0:1]:9092", "kafka://[::1]:9092")]
    [InlineData("::1", "kafka://[::1]:9092")]
    [InlineData("2001:DB8::2, broker:9092", "kafka://[2001:db8::2]:9092")]
    public void Namespace_uses_the_first_bootstrap_server(string bootstrapServers, string expected)
    {
        Assert.Equal(expected, KafkaNaming.Namespace(bootstrapServers));
        Assert.True(KafkaNaming.TryGetNamespace(bootstrapServers, out var ns));
        Assert.Equal(expected, ns);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ,  , ")]
    [InlineData("broker:abc")]
    [InlineData("broker:0")]
    [InlineData("broker:70000")]
    [InlineData("broker:-1")]
    [InlineData(":9092")]
    [InlineData("[::1")]
    [InlineData("[::1]x")]
    [InlineData("bro ker:9092")]
    public void Invalid_bootstrap_servers_are_rejected(string bootstrapServers)
    {
        Assert.Throws<ArgumentException>(() => KafkaNaming.Namespace(bootstrapServers));
        Assert.False(KafkaNaming.TryGetNamespace(bootstrapServers, out var ns));
        Assert.Null(ns);
    }

    [Fact]
    public void Null_bootstrap_servers_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => KafkaNaming.Namespace(null!));
        Assert.False(KafkaNaming.TryGetNamespace(null, out _));
    }

    [Fact]
    public void Dataset_is_namespace_plus_topic_and_feeds_node_ids()
    {
        var dataset = KafkaNaming.Dataset("Broker:9092,other:9092", "orders.v1");

        Assert.Equal(new DatasetId("kafka://broker:9092", "orders.v1"), dataset);
        Assert.Equal("kafka://broker:9092:orders.v1", dataset.ToString());
        Assert.Equal("dataset:kafka://broker:9092:orders.v1", dataset.ToNodeId());
        Assert.Equal(dataset, NodeId.Parse(dataset.ToNodeId()).ToDatasetId());
    }

    [Fact]
    public void Topic_must_not_be_empty()
    {
        Assert.Throws<ArgumentException>(() => KafkaNaming.Dataset("broker:9092", ""));
    }

    [Theory]
    [InlineData("kafka://broker:9092", true)]
    [InlineData("KAFKA://broker:9092", true)]
    [InlineData("kafka-cluster", false)]
    [InlineData("postgres://db:5432", false)]
    [InlineData(null, false)]
    public void Kafka_namespaces_are_recognised(string? ns, bool expected)
    {
        Assert.Equal(expected, KafkaNaming.IsKafkaNamespace(ns));
    }
}
