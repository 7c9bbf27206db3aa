using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// OffsetForLeaderEpoch (23) v0–4: the end offset of a leader epoch, which consumers use to detect
/// log truncation after a leader change (KIP-320). Every partition has been in epoch 0 since its start,
/// so epoch 0 ends at the log end offset; a later epoch is unknown (-1/-1), as in Kafka.
/// </summary>
internal sealed class OffsetForLeaderEpochHandler : SyncApiHandler
{
    public override ApiKey Key => ApiKey.OffsetForLeaderEpoch;

    public override short MinVersion => 0;

    public override short MaxVersion => 4;

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        if (version >= 3)
        {
            request.ReadInt32(); // ReplicaId
        }

        var topicCount = request.ReadArrayLength();
        var topics = new List<(string Name, List<(int Partition, int CurrentEpoch, int Epoch)> Partitions)>(Math.Max(topicCount, 0));
        for (var t = 0; t < topicCount; t++)
        {
            var name = request.ReadString();
            var count = request.ReadArrayLength();
            var partitions = new List<(int, int, int)>(Math.Max(count, 0));
            for (var p = 0; p < count; p++)
            {
                var partition = request.ReadInt32();
                var currentEpoch = version >= 2 ? request.ReadInt32() : -1;
                var epoch = request.ReadInt32();
                request.SkipTaggedFields();
                partitions.Add((partition, currentEpoch, epoch));
            }

            request.SkipTaggedFields();
            topics.Add((name, partitions));
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
                foreach (var (id, currentEpoch, epoch) in partitions)
                {
                    var partition = topic is null ? null : ClusterIndex.Partition(topic, id);
                    var error = partition is null ? ErrorCode.UnknownTopicOrPartition : Leadership.CheckLeader(index, partition, context.NodeId);
                    if (error == ErrorCode.None)
                    {
                        error = Leadership.CheckEpoch(currentEpoch);
                    }

                    var known = error == ErrorCode.None && epoch <= Leadership.LeaderEpoch && epoch >= 0;
                    response.WriteInt16(error);
                    response.WriteInt32(id);
                    if (version >= 1)
                    {
                        response.WriteInt32(known ? Leadership.LeaderEpoch : -1);
                    }

                    response.WriteInt64(known ? partition!.LogEndOffset : -1);
                    response.WriteEmptyTaggedFields();
                }

                response.WriteEmptyTaggedFields();
            }

            response.WriteEmptyTaggedFields();
        });
    }
}
