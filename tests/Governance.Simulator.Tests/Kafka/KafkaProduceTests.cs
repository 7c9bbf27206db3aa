using System.Text;
using Confluent.Kafka;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>Produce through the real client: appended records become readable samples.</summary>
public sealed class KafkaProduceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(Acks.All, CompressionType.None)]
    [InlineData(Acks.None, CompressionType.None)]
    [InlineData(Acks.Leader, CompressionType.Gzip)]
    public async Task Produced_records_move_the_log_end_and_uncompressed_ones_can_be_consumed(Acks acks, CompressionType compression)
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = cluster.Bootstrap,
            Acks = acks,
            CompressionType = compression,
            LingerMs = 0,
            MessageTimeoutMs = 10_000,
            SocketTimeoutMs = 10_000,
        }).SetLogHandler((_, m) => output.WriteLine($"rdkafka producer {m.Level} {m.Facility}: {m.Message}")).Build();

        var first = await producer.ProduceAsync(new TopicPartition("sales", 1), new Message<string, string>
        {
            Key = "k",
            Value = "hello",
            Headers = [new Header("app", Encoding.UTF8.GetBytes("pos"))],
            Timestamp = new Timestamp(TestScenarios.T0.AddDays(1)),
        }, cluster.Token);
        await producer.ProduceAsync(new TopicPartition("sales", 1), new Message<string, string> { Key = "k2", Value = "world" }, cluster.Token);
        producer.Flush(cluster.Token);

        if (acks != Acks.None)
        {
            Assert.Equal(110, first.Offset.Value); // the log end of sales/1 before producing
        }

        var high = SpinUntil(() => cluster.Platform.Read(s => s.Cluster(TestScenarios.Edge).Topic("sales")!.Partitions[1].LogEndOffset), 112);
        Assert.Equal(112, high);
        if (compression != CompressionType.None)
        {
            return; // only counted: the simulator keeps no compressed samples
        }

        var consumer = cluster.Consumer();
        consumer.Assign(new TopicPartitionOffset("sales", 1, 110));
        var records = KafkaTestCluster.ConsumeMany(consumer, 2);
        Assert.Equal(["110:hello", "111:world"], records.Select(r => $"{r.Offset.Value}:{Encoding.UTF8.GetString(r.Message.Value!)}").ToArray());
        Assert.Equal("pos", Encoding.UTF8.GetString(records[0].Message.Headers.GetLastBytes("app")));
        Assert.Equal(TestScenarios.T0.AddDays(1).ToUnixTimeMilliseconds(), records[0].Message.Timestamp.UnixTimestampMs);
    }

    private static long SpinUntil(Func<long> read, long expected)
    {
        var deadline = DateTime.UtcNow + KafkaTestCluster.Timeout;
        var value = read();
        while (value != expected && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
            value = read();
        }

        return value;
    }
}
