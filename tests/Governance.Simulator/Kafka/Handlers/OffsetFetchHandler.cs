using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// OffsetFetch (9) v0–9: committed offsets of one group (v0–7) or several (v8+, KIP-709), for the
/// requested partitions or, when topics is null (v2+), every partition the group committed.
/// Served by the group coordinator only. Like Kafka: a partition without a commit reads -1 with empty
/// metadata and no error, and an unknown group simply has no offsets.
/// </summary>
internal sealed class OffsetFetchHandler : SyncApiHandler
{
    private const long NoOffset = -1;
    private const int NoLeaderEpoch = -1;

    public override ApiKey Key => ApiKey.OffsetFetch;

    public override short MinVersion => 0;

    public override short MaxVersion => 9;

    private sealed record GroupRequest(string GroupId, List<(string Topic, List<int> Partitions)>? Topics);

    protected override void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response)
    {
        var version = context.ApiVersion;
        var groups = new List<GroupRequest>();
        if (version <= 7)
        {
            var groupId = request.ReadString();
            groups.Add(new GroupRequest(groupId, ReadTopics(ref request)));
        }
        else
        {
            var count = request.ReadArrayLength();
            for (var i = 0; i < count; i++)
            {
                var groupId = request.ReadString();
                if (version >= 9)
                {
                    request.ReadNullableString(); // MemberId: only checked for KIP-848 groups
                    request.ReadInt32(); // MemberEpoch
                }

                groups.Add(new GroupRequest(groupId, ReadTopics(ref request)));
                request.SkipTaggedFields();
            }
        }

        if (version >= 7)
        {
            request.ReadBool(); // RequireStable: there are no pending transactional offsets here.
        }

        request.SkipTaggedFields();

        context.Cluster.Read(index =>
        {
            if (version >= 3)
            {
                response.WriteInt32(0); // ThrottleTimeMs
            }

            if (version <= 7)
            {
                var error = WriteGroupTopics(response, index, context.NodeId, groups[0], version);
                if (version >= 2)
                {
                    response.WriteInt16(error);
                }
            }
            else
            {
                response.WriteArrayLength(groups.Count);
                foreach (var group in groups)
                {
                    response.WriteString(group.GroupId);
                    var error = WriteGroupTopics(response, index, context.NodeId, group, version);
                    response.WriteInt16(error);
                    response.WriteEmptyTaggedFields();
                }
            }

            response.WriteEmptyTaggedFields();
        });
    }

    private static List<(string, List<int>)>? ReadTopics(ref KafkaReader request)
    {
        var count = request.ReadArrayLength();
        if (count < 0)
        {
            return null;
        }

        var topics = new List<(string, List<int>)>(count);
        for (var i = 0; i < count; i++)
        {
            var name = request.ReadString();
            var partitions = request.ReadInt32Array();
            request.SkipTaggedFields();
            topics.Add((name, partitions));
        }

        return topics;
    }

    /// <summary>Writes the topics array of one group; returns the group-level error code.</summary>
    private static short WriteGroupTopics(KafkaWriter response, ClusterIndex index, int nodeId, GroupRequest request, short version)
    {
        if (index.GroupCoordinator(request.GroupId) != nodeId)
        {
            // v0/v1 have no group-level error, so the error rides on every requested partition.
            WriteRequested(response, request.Topics ?? [], version, committed: null, ErrorCode.NotCoordinator);
            return ErrorCode.NotCoordinator;
        }

        var offsets = index.Group(request.GroupId)?.Offsets ?? [];
        var byTopic = new Dictionary<string, List<CommittedOffsetScenario>>(StringComparer.Ordinal);
        foreach (var offset in offsets)
        {
            if (!byTopic.TryGetValue(offset.Topic, out var list))
            {
                byTopic[offset.Topic] = list = [];
            }

            list.Add(offset);
        }

        if (request.Topics is null)
        {
            response.WriteArrayLength(byTopic.Count);
            foreach (var (topic, committed) in byTopic)
            {
                response.WriteString(topic);
                response.WriteArrayLength(committed.Count);
                foreach (var offset in committed)
                {
                    WritePartition(response, version, offset.Partition, offset.Offset, offset.Metadata ?? "", ErrorCode.None);
                }

                response.WriteEmptyTaggedFields();
            }
        }
        else
        {
            WriteRequested(response, request.Topics, version, byTopic, ErrorCode.None);
        }

        return ErrorCode.None;
    }

    private static void WriteRequested(
        KafkaWriter response,
        List<(string Topic, List<int> Partitions)> topics,
        short version,
        Dictionary<string, List<CommittedOffsetScenario>>? committed,
        short error)
    {
        response.WriteArrayLength(topics.Count);
        foreach (var (topic, partitions) in topics)
        {
            response.WriteString(topic);
            response.WriteArrayLength(partitions.Count);
            var topicOffsets = committed?.GetValueOrDefault(topic);
            foreach (var partition in partitions)
            {
                var offset = topicOffsets?.Find(o => o.Partition == partition);
                WritePartition(response, version, partition, offset?.Offset ?? NoOffset, offset?.Metadata ?? "", error);
            }

            response.WriteEmptyTaggedFields();
        }
    }

    private static void WritePartition(KafkaWriter response, short version, int partition, long offset, string metadata, short error)
    {
        response.WriteInt32(partition);
        response.WriteInt64(offset);
        if (version >= 5)
        {
            response.WriteInt32(NoLeaderEpoch); // CommittedLeaderEpoch: the scenario does not record it
        }

        response.WriteNullableString(metadata);
        response.WriteInt16(error);
        response.WriteEmptyTaggedFields();
    }
}
