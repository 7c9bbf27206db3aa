using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// ListOffsets (2) v0–10, answered by each partition's leader: LATEST (-1) is the log end offset
/// (= high watermark = last stable offset, there are no transactions), EARLIEST (-2) and
/// EARLIEST_LOCAL (-4) the log start, MAX_TIMESTAMP (-3) the sample with the largest timestamp,
/// LATEST_TIERED (-5) "none" (no tiered storage), and a timestamp the first sample at or after it
/// (offset -1 when there is none, as Kafka answers past the last record).
/// </summary>
internal sealed class ListOffsetsHandler : SyncApiHandler
{
    private const long Latest = -1;
    private const long Earliest = -2;
    private const long MaxTimestamp = -3;
    private const long EarliestLocal = -4;
    private const long LatestTiered = -5;
    private const long Unknown = -1;

    public override ApiKey Key => ApiKey.ListOffsets;

    public override short MinVersion => 0;

    public override short MaxVersion => 10;

    private sealed record PartitionRequest(int Partition, int CurrentLeaderEpoch, long Timestamp, int MaxNumOffsets);

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        request.ReadInt32(); // ReplicaId: -1 for consumers
        if (version >= 2)
        {
            request.ReadInt8(); // IsolationLevel: the last stable offset equals the high watermark here
        }

        var topicCount = request.ReadArrayLength();
        var topics = new List<(string Name, List<PartitionRequest> Partitions)>(Math.Max(topicCount, 0));
        for (var t = 0; t < topicCount; t++)
        {
            var name = request.ReadString();
            var partitionCount = request.ReadArrayLength();
            var partitions = new List<PartitionRequest>(Math.Max(partitionCount, 0));
            for (var p = 0; p < partitionCount; p++)
            {
                var partition = request.ReadInt32();
                var epoch = version >= 4 ? request.ReadInt32() : -1;
                var timestamp = request.ReadInt64();
                var maxNumOffsets = version == 0 ? request.ReadInt32() : 1;
                request.SkipTaggedFields();
                partitions.Add(new PartitionRequest(partition, epoch, timestamp, maxNumOffsets));
            }

            request.SkipTaggedFields();
            topics.Add((name, partitions));
        }

        if (version >= 10)
        {
            request.ReadInt32(); // TimeoutMs
        }

        request.SkipTaggedFields();

        context.Cluster.Read(index =>
        {
            if (version >= 2)
            {
                response.WriteInt32(0); // ThrottleTimeMs
            }

            response.WriteArrayLength(topics.Count);
            foreach (var (name, partitions) in topics)
            {
                var topic = index.Topic(name);
                response.WriteString(name);
                response.WriteArrayLength(partitions.Count);
                foreach (var p in partitions)
                {
                    var partition = topic is null ? null : ClusterIndex.Partition(topic, p.Partition);
                    var error = partition is null ? ErrorCode.UnknownTopicOrPartition : Leadership.CheckLeader(index, partition, context.NodeId);
                    if (error == ErrorCode.None && version >= 4)
                    {
                        error = Leadership.CheckEpoch(p.CurrentLeaderEpoch);
                    }

                    var (offset, timestamp) = error == ErrorCode.None ? Lookup(partition!, p.Timestamp) : (Unknown, Unknown);
                    response.WriteInt32(p.Partition);
                    response.WriteInt16(error);
                    if (version == 0)
                    {
                        var found = error == ErrorCode.None && offset >= 0 && p.MaxNumOffsets > 0;
                        response.WriteArrayLength(found ? 1 : 0);
                        if (found)
                        {
                            response.WriteInt64(offset);
                        }
                    }
                    else
                    {
                        response.WriteInt64(timestamp);
                        response.WriteInt64(offset);
                        if (version >= 4)
                        {
                            response.WriteInt32(error == ErrorCode.None ? Leadership.LeaderEpoch : -1);
                        }
                    }

                    response.WriteEmptyTaggedFields();
                }

                response.WriteEmptyTaggedFields();
            }

            response.WriteEmptyTaggedFields();
        });
    }

    private static (long Offset, long Timestamp) Lookup(Scenario.PartitionScenario partition, long timestamp)
    {
        switch (timestamp)
        {
            case Latest:
                return (partition.LogEndOffset, Unknown);
            case Earliest:
            case EarliestLocal:
                return (partition.LogStartOffset, Unknown);
            case MaxTimestamp:
                var max = PartitionLog.MaxTimestamp(partition);
                return max is null ? (Unknown, Unknown) : (max.Offset, max.Timestamp.ToUnixTimeMilliseconds());
            case LatestTiered:
                return (Unknown, Unknown);
            case < 0:
                return (Unknown, Unknown);
            default:
                var record = PartitionLog.FirstAtOrAfter(partition, timestamp);
                return record is null ? (Unknown, Unknown) : (record.Offset, record.Timestamp.ToUnixTimeMilliseconds());
        }
    }
}
