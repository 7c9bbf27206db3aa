using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Cluster;

/// <summary>
/// Partition leadership as brokers report it. The scenario has no leader epochs; every partition is
/// in epoch 0 (a real partition's first leader epoch) and stays there, since leaders never move here.
/// Reporting an epoch (rather than -1) keeps clients on their modern code paths (KIP-320 offset
/// validation); OffsetForLeaderEpoch answers for it.
/// </summary>
internal static class Leadership
{
    public const int LeaderEpoch = 0;

    /// <summary>The partition's leader, or -1 when the scenario names a broker that does not exist (leader not available).</summary>
    public static int LeaderOf(ClusterIndex index, PartitionScenario partition) =>
        index.IsBroker(partition.Leader) ? partition.Leader : -1;

    /// <summary>
    /// The error a partition-scoped request (Fetch, ListOffsets, OffsetForLeaderEpoch) gets on
    /// <paramref name="nodeId"/>: only the leader serves it, as in Kafka.
    /// </summary>
    public static short CheckLeader(ClusterIndex index, PartitionScenario partition, int nodeId) =>
        LeaderOf(index, partition) switch
        {
            -1 => Protocol.ErrorCode.LeaderNotAvailable,
            var leader when leader != nodeId => Protocol.ErrorCode.NotLeaderOrFollower,
            _ => Protocol.ErrorCode.None,
        };

    /// <summary>
    /// Kafka's check of a request's current leader epoch (KIP-320): -1 skips it, a newer epoch than the
    /// broker's means the broker is behind (UNKNOWN_LEADER_EPOCH), an older one that the client is (FENCED).
    /// </summary>
    public static short CheckEpoch(int requestedEpoch) =>
        requestedEpoch < 0 || requestedEpoch == LeaderEpoch ? Protocol.ErrorCode.None
        : requestedEpoch > LeaderEpoch ? Protocol.ErrorCode.UnknownLeaderEpoch
        : Protocol.ErrorCode.FencedLeaderEpoch;
}
