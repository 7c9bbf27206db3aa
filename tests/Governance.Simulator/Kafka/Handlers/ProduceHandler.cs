using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Kafka.Records;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// Produce (0) v3–11. It must be advertised even for consumers: librdkafka only enables its
/// "MsgVer2" feature (and with it the version of its Fetch requests) when the broker supports both
/// Produce v3+ and Fetch v4+; without Produce it fails every fetch as unsupported. Records are
/// appended at the log end: uncompressed ones become sample records that consumers can read,
/// compressed ones only move the log end. acks=0 gets no response, as in Kafka.
/// </summary>
internal sealed class ProduceHandler : SyncApiHandler
{
    /// <summary>Produced records kept per partition; beyond that only offsets move, to bound memory.</summary>
    public const int MaxRetainedSamples = 10_000;

    private const uint CurrentLeaderTag = 0;

    public override ApiKey Key => ApiKey.Produce;

    public override short MinVersion => 3;

    public override short MaxVersion => 11;

    private sealed record PartitionResult(int Partition, short Error, string? Message, long BaseOffset, long LogAppendTime, long LogStartOffset, int Leader);

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        request.ReadNullableString(); // TransactionalId: transactions are not simulated
        var acks = request.ReadInt16();
        request.ReadInt32(); // TimeoutMs
        var topicCount = request.ReadArrayLength();
        var topics = new List<(string Name, List<(int Partition, byte[]? Records)> Partitions)>(Math.Max(topicCount, 0));
        for (var t = 0; t < topicCount; t++)
        {
            var name = request.ReadString();
            var partitionCount = request.ReadArrayLength();
            var partitions = new List<(int, byte[]?)>(Math.Max(partitionCount, 0));
            for (var p = 0; p < partitionCount; p++)
            {
                var index = request.ReadInt32();
                var records = request.ReadNullableBytes();
                request.SkipTaggedFields();
                partitions.Add((index, records));
            }

            request.SkipTaggedFields();
            topics.Add((name, partitions));
        }

        request.SkipTaggedFields();

        var results = new List<(string Topic, List<PartitionResult> Partitions)>(topics.Count);
        context.Cluster.Mutate(index =>
        {
            foreach (var (name, partitions) in topics)
            {
                var topic = index.Topic(name);
                results.Add((name, partitions.Select(p => Append(index, context.NodeId, topic, p.Partition, p.Records)).ToList()));
            }
        });

        if (acks == 0)
        {
            context.SuppressResponse = true;
            return;
        }

        var redirectedTo = new SortedSet<int>();
        response.WriteArrayLength(results.Count);
        foreach (var (topic, partitions) in results)
        {
            response.WriteString(topic);
            response.WriteArrayLength(partitions.Count);
            foreach (var result in partitions)
            {
                response.WriteInt32(result.Partition);
                response.WriteInt16(result.Error);
                response.WriteInt64(result.BaseOffset);
                response.WriteInt64(result.LogAppendTime);
                if (version >= 5)
                {
                    response.WriteInt64(result.LogStartOffset);
                }

                if (version >= 8)
                {
                    response.WriteArrayLength(0); // RecordErrors: a batch fails as a whole here
                    response.WriteNullableString(result.Message);
                }

                if (version >= 10 && result.Error == ErrorCode.NotLeaderOrFollower && result.Leader > 0)
                {
                    LeaderTags.WriteCurrentLeader(response, CurrentLeaderTag, result.Leader);
                    redirectedTo.Add(result.Leader);
                }
                else
                {
                    response.WriteEmptyTaggedFields();
                }
            }

            response.WriteEmptyTaggedFields();
        }

        response.WriteInt32(0); // ThrottleTimeMs (after the responses in Produce)
        if (version >= 10 && redirectedTo.Count > 0)
        {
            LeaderTags.WriteNodeEndpoints(response, context.Cluster, redirectedTo);
        }
        else
        {
            response.WriteEmptyTaggedFields();
        }
    }

    /// <summary>Appends one partition's batches (inside the platform lock).</summary>
    private static PartitionResult Append(ClusterIndex index, int nodeId, TopicScenario? topic, int partitionId, byte[]? records)
    {
        var partition = topic is null ? null : ClusterIndex.Partition(topic, partitionId);
        if (partition is null)
        {
            return new PartitionResult(partitionId, ErrorCode.UnknownTopicOrPartition, null, -1, -1, -1, -1);
        }

        var error = Leadership.CheckLeader(index, partition, nodeId);
        if (error != ErrorCode.None)
        {
            return new PartitionResult(partitionId, error, null, -1, -1, -1, Leadership.LeaderOf(index, partition));
        }

        List<ProducedBatch> batches;
        try
        {
            batches = RecordBatchDecoder.Read(records ?? []);
        }
        catch (KafkaProtocolException ex)
        {
            return new PartitionResult(partitionId, ErrorCode.CorruptMessage, ex.Message, -1, -1, partition.LogStartOffset, nodeId);
        }

        var logAppendTime = topic!.Configs.TryGetValue("message.timestamp.type", out var type) && type == "LogAppendTime";
        var now = DateTimeOffset.UtcNow;
        var baseOffset = partition.LogEndOffset;
        foreach (var batch in batches)
        {
            if (batch.Records is not null)
            {
                foreach (var record in batch.Records)
                {
                    if (partition.Records.Count >= MaxRetainedSamples)
                    {
                        break;
                    }

                    record.Offset += partition.LogEndOffset;
                    if (logAppendTime || batch.LogAppendTime)
                    {
                        record.Timestamp = now;
                    }

                    partition.Records.Add(record);
                }
            }

            partition.LogEndOffset += batch.RecordCount;
        }

        return new PartitionResult(partitionId, ErrorCode.None, null, baseOffset, logAppendTime ? now.ToUnixTimeMilliseconds() : -1, partition.LogStartOffset, nodeId);
    }
}
