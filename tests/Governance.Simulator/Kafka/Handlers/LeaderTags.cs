using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// KIP-951 leader discovery: a partition answered with NOT_LEADER_OR_FOLLOWER carries the current
/// leader as a tagged field (Fetch v12+ tag 1, Produce v10+ tag 0) and the response lists the
/// endpoints of those leaders (Fetch v16+ / Produce v10+, top-level tag 0), so clients can move
/// without a metadata round trip.
/// </summary>
internal static class LeaderTags
{
    /// <summary>A tagged-field section holding only CurrentLeader { LeaderId, LeaderEpoch, no tags } (9 bytes).</summary>
    public static void WriteCurrentLeader(KafkaWriter response, uint tag, int leader)
    {
        response.WriteUnsignedVarint(1);
        response.WriteUnsignedVarint(tag);
        response.WriteUnsignedVarint(9);
        response.WriteInt32(leader);
        response.WriteInt32(Leadership.LeaderEpoch);
        response.WriteUnsignedVarint(0);
    }

    /// <summary>A tagged-field section holding only NodeEndpoints (tag 0) for <paramref name="nodes"/>.</summary>
    public static void WriteNodeEndpoints(KafkaWriter response, ClusterRuntime cluster, IReadOnlyCollection<int> nodes)
    {
        using var scratch = new KafkaWriter(128) { Flexible = true };
        scratch.WriteArrayLength(nodes.Count);
        foreach (var node in nodes)
        {
            var broker = cluster.Broker(node);
            scratch.WriteInt32(broker.NodeId);
            scratch.WriteString(broker.Host);
            scratch.WriteInt32(broker.Port);
            scratch.WriteNullableString(null); // Rack
            scratch.WriteEmptyTaggedFields();
        }

        response.WriteUnsignedVarint(1);
        response.WriteUnsignedVarint(0);
        response.WriteUnsignedVarint((uint)scratch.Position);
        response.WriteRaw(scratch.WrittenSpan);
    }
}
