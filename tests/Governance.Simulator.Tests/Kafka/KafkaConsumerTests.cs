using System.Text;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>ListOffsets and Fetch through the real client: watermarks, offset specs and sample records.</summary>
public sealed class KafkaConsumerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task QueryWatermarkOffsets_returns_log_start_and_end()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer();

        var p0 = consumer.QueryWatermarkOffsets(new TopicPartition("orders.v1", 0), KafkaTestCluster.Timeout);
        var p1 = consumer.QueryWatermarkOffsets(new TopicPartition("orders.v1", 1), KafkaTestCluster.Timeout);

        Assert.Equal((0L, 100L), (p0.Low.Value, p0.High.Value));
        Assert.Equal((5L, 50L), (p1.Low.Value, p1.High.Value));
    }

    [Fact]
    public async Task ListOffsets_resolves_earliest_latest_timestamps_and_max_timestamp()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();
        var p0 = new TopicPartition("orders.v1", 0);
        var p1 = new TopicPartition("orders.v1", 1);

        var result = await admin.ListOffsetsAsync(
            [
                new TopicPartitionOffsetSpec { TopicPartition = p1, OffsetSpec = OffsetSpec.Earliest() },
                new TopicPartitionOffsetSpec { TopicPartition = p0, OffsetSpec = OffsetSpec.Latest() },
            ],
            new ListOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        var byTime = await admin.ListOffsetsAsync(
            [new TopicPartitionOffsetSpec { TopicPartition = p0, OffsetSpec = OffsetSpec.ForTimestamp(TestScenarios.T0.AddSeconds(30).ToUnixTimeMilliseconds()) }],
            new ListOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        var max = await admin.ListOffsetsAsync(
            [new TopicPartitionOffsetSpec { TopicPartition = p0, OffsetSpec = OffsetSpec.MaxTimestamp() }],
            new ListOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(5, result.ResultInfos.Single(r => r.TopicPartitionOffsetError.Partition == 1).TopicPartitionOffsetError.Offset.Value);
        Assert.Equal(100, result.ResultInfos.Single(r => r.TopicPartitionOffsetError.Partition == 0).TopicPartitionOffsetError.Offset.Value);
        var timed = Assert.Single(byTime.ResultInfos);
        Assert.Equal(42, timed.TopicPartitionOffsetError.Offset.Value);
        Assert.Equal(TestScenarios.T0.AddMinutes(5).ToUnixTimeMilliseconds(), timed.Timestamp);
        Assert.Equal(42, Assert.Single(max.ResultInfos).TopicPartitionOffsetError.Offset.Value);
    }

    [Fact]
    public async Task An_assigned_consumer_reads_the_sample_records_with_keys_values_headers_timestamps_and_offsets()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer();

        consumer.Assign(new TopicPartitionOffset("orders.v1", 0, Offset.Beginning));
        var records = KafkaTestCluster.ConsumeMany(consumer, 3);

        Assert.Equal([10L, 11L, 42L], records.Select(r => r.Offset.Value).ToArray());
        var first = records[0].Message;
        Assert.Equal("order-1", Encoding.UTF8.GetString(first.Key!));
        Assert.Equal(TestScenarios.WireFormat(7, "{\"id\":1}"), first.Value);
        Assert.Equal(0, first.Value![0]); // Confluent wire-format magic byte
        Assert.Equal(TestScenarios.T0.ToUnixTimeMilliseconds(), first.Timestamp.UnixTimestampMs);
        Assert.Equal(TimestampType.CreateTime, first.Timestamp.Type);
        Assert.Equal(2, first.Headers.Count);
        Assert.Equal("order-service", Encoding.UTF8.GetString(first.Headers.GetLastBytes("producer")));
        Assert.Null(first.Headers.GetLastBytes("empty"));
        Assert.Empty(records[1].Message.Headers);
        Assert.Null(records[2].Message.Key);
        Assert.Equal(TestScenarios.WireFormat(8, "{\"id\":42}"), records[2].Message.Value);
        Assert.Equal(TestScenarios.T0.AddMinutes(5).ToUnixTimeMilliseconds(), records[2].Message.Timestamp.UnixTimestampMs);
    }

    [Fact]
    public async Task Fetching_from_an_offset_between_samples_serves_the_next_sample()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer();

        consumer.Assign(new TopicPartitionOffset("orders.v1", 0, 12));
        var record = Assert.Single(KafkaTestCluster.ConsumeMany(consumer, 1));

        Assert.Equal(42, record.Offset.Value);
    }

    [Fact]
    public async Task A_partition_without_samples_yields_nothing_and_reaches_end_of_partition()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer(c => c.EnablePartitionEof = true);

        consumer.Assign(new TopicPartitionOffset("orders.v1", 2, Offset.Beginning));
        ConsumeResult<byte[]?, byte[]?>? eof = null;
        var deadline = DateTime.UtcNow + KafkaTestCluster.Timeout;
        while (eof is null && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            Assert.True(result is null || result.IsPartitionEOF, "no record expected");
            eof = result;
        }

        Assert.NotNull(eof);
        Assert.Equal(0, eof.Offset.Value);
    }

    [Fact]
    public async Task Offsets_without_samples_read_like_a_compacted_log_up_to_the_high_watermark()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer(c => c.EnablePartitionEof = true);

        // p0: samples at 10, 11, 42 in [0, 100); p1: no samples in [5, 50).
        consumer.Assign([new TopicPartitionOffset("orders.v1", 0, Offset.Beginning), new TopicPartitionOffset("orders.v1", 1, Offset.Beginning)]);
        var records = new List<long>();
        var ends = new Dictionary<int, long>();
        var deadline = DateTime.UtcNow + KafkaTestCluster.Timeout;
        while (ends.Count < 2 && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is { IsPartitionEOF: true })
            {
                ends[result.Partition.Value] = result.Offset.Value;
            }
            else if (result is not null)
            {
                records.Add(result.Offset.Value);
            }
        }

        Assert.Equal([10L, 11L, 42L], records);
        Assert.Equal(100, ends[0]);
        Assert.Equal(50, ends[1]);
    }

    [Fact]
    public async Task Fetching_below_the_log_start_is_out_of_range_and_resets_to_earliest()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer(c => c.EnablePartitionEof = true);

        consumer.Assign(new TopicPartitionOffset("orders.v1", 1, 2)); // log start is 5
        ConsumeResult<byte[]?, byte[]?>? result = null;
        var deadline = DateTime.UtcNow + KafkaTestCluster.Timeout;
        while (result is not { IsPartitionEOF: true } && DateTime.UtcNow < deadline)
        {
            result = consumer.Consume(TimeSpan.FromMilliseconds(200));
        }

        Assert.NotNull(result);
        Assert.True(result.IsPartitionEOF);
        Assert.Equal(50, result.Offset.Value);
    }

    [Fact]
    public async Task A_consumer_waiting_at_the_log_end_sees_records_produced_later()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer(c => c.FetchWaitMaxMs = 5_000);
        consumer.Assign(new TopicPartitionOffset("payments", 0, 10));
        Assert.Empty(KafkaTestCluster.ConsumeMany(consumer, 1, TimeSpan.FromSeconds(1)));

        cluster.Platform.Mutate(s =>
        {
            var partition = s.Cluster(TestScenarios.Cloud).Topic("payments")!.Partitions[0];
            partition.Records.Add(new Scenario.SampleRecord { Offset = 10, Timestamp = TestScenarios.T0, Value = TestScenarios.Utf8("late") });
            partition.LogEndOffset = 11;
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var record = Assert.Single(KafkaTestCluster.ConsumeMany(consumer, 1));

        Assert.Equal("late", Encoding.UTF8.GetString(record.Message.Value!));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the waiting fetch should wake on the change, took {clock.Elapsed}");
    }

    [Fact]
    public async Task GrowLogEnd_is_visible_to_the_next_watermark_query()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var consumer = cluster.Consumer();
        var partition = new TopicPartition("payments", 0);

        var before = consumer.QueryWatermarkOffsets(partition, KafkaTestCluster.Timeout);
        cluster.Platform.GrowLogEnd(TestScenarios.Cloud, "payments", 25);
        var after = consumer.QueryWatermarkOffsets(partition, KafkaTestCluster.Timeout);

        Assert.Equal(10, before.High.Value);
        Assert.Equal(35, after.High.Value);
    }

    [Fact]
    public async Task DeleteTopic_is_visible_to_the_next_metadata_request()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        Assert.Contains(admin.GetMetadata(KafkaTestCluster.Timeout).Topics, t => t.Topic == "payments");
        cluster.Platform.DeleteTopic(TestScenarios.Cloud, "payments");

        Assert.DoesNotContain(admin.GetMetadata(KafkaTestCluster.Timeout).Topics, t => t.Topic == "payments");
        Assert.Equal(ErrorCode.UnknownTopicOrPart, Assert.Single(admin.GetMetadata("payments", KafkaTestCluster.Timeout).Topics).Error.Code);
        var offsets = await admin.ListConsumerGroupOffsetsAsync(
            [new ConsumerGroupTopicPartitions("order-service", null)], new ListConsumerGroupOffsetsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        Assert.DoesNotContain(Assert.Single(offsets).Partitions, p => p.Topic == "payments");
    }

    [Fact]
    public async Task After_DropConnections_the_clients_reconnect_and_keep_working()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();
        var consumer = cluster.Consumer();
        Assert.Equal(3, admin.GetMetadata(KafkaTestCluster.Timeout).Topics.Count);
        consumer.Assign(new TopicPartitionOffset("orders.v1", 0, Offset.Beginning));
        Assert.Single(KafkaTestCluster.ConsumeMany(consumer, 1));
        Assert.True(cluster.Server.ConnectionCount > 0);

        cluster.Platform.DropConnections(TestScenarios.Cloud);
        cluster.Platform.GrowLogEnd(TestScenarios.Cloud, "payments", 1);

        Assert.Equal(3, admin.GetMetadata(KafkaTestCluster.Timeout).Topics.Count);
        Assert.Equal(11, consumer.QueryWatermarkOffsets(new TopicPartition("payments", 0), KafkaTestCluster.Timeout).High.Value);
        Assert.Equal([11L, 42L], KafkaTestCluster.ConsumeMany(consumer, 2).Select(r => r.Offset.Value).ToArray());
    }

    [Fact]
    public async Task A_consumer_reads_partitions_from_three_different_leaders()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        var consumer = cluster.Consumer();

        consumer.Assign(Enumerable.Range(0, 3).Select(p => new TopicPartitionOffset("sales", p, Offset.Beginning)));
        var records = KafkaTestCluster.ConsumeMany(consumer, 3);

        Assert.Equal(["0@1:sale-0", "1@101:sale-1", "2@201:sale-2"],
            records.Select(r => $"{r.Partition.Value}@{r.Offset.Value}:{Encoding.UTF8.GetString(r.Message.Value!)}").Order().ToArray());
        var watermarks = Enumerable.Range(0, 3).Select(p => consumer.QueryWatermarkOffsets(new TopicPartition("sales", p), KafkaTestCluster.Timeout)).ToList();
        Assert.Equal([(0L, 10L), (100L, 110L), (200L, 210L)], watermarks.Select(w => (w.Low.Value, w.High.Value)).ToArray());
    }
}
