namespace Governance.Simulator.Kafka.Protocol;

/// <summary>The Kafka API keys this server implements (numbering from Kafka's message definitions).</summary>
internal enum ApiKey : short
{
    Produce = 0,
    Fetch = 1,
    ListOffsets = 2,
    Metadata = 3,
    OffsetFetch = 9,
    FindCoordinator = 10,
    DescribeGroups = 15,
    ListGroups = 16,
    ApiVersions = 18,
    CreateTopics = 19,
    DeleteTopics = 20,
    OffsetForLeaderEpoch = 23,
    DescribeAcls = 29,
    CreateAcls = 30,
    DeleteAcls = 31,
    DescribeConfigs = 32,
    DescribeCluster = 60,
}

/// <summary>
/// The first flexible version (KIP-482) of every API key 0..87 in Kafka's message definitions,
/// including the ones we do not implement: the request header of any request (v2 with tagged fields
/// for flexible versions, else v1) and the response header of an error reply depend on it.
/// </summary>
internal static class ApiFlexibility
{
    private const short None = short.MaxValue;

    // Index = api key. Source: "flexibleVersions" of each *Request.json (4.0.0-SNAPSHOT trunk).
    private static readonly short[] FirstFlexible =
    [
        9, 12, 6, 9, 4, 2, 6, 3, 8, 6, // 0-9: Produce, Fetch, ListOffsets, Metadata, LeaderAndIsr, StopReplica, UpdateMetadata, ControlledShutdown, OffsetCommit, OffsetFetch
        3, 6, 4, 4, 4, 5, 3, None, 3, 5, // 10-19: FindCoordinator, JoinGroup, Heartbeat, LeaveGroup, SyncGroup, DescribeGroups, ListGroups, SaslHandshake, ApiVersions, CreateTopics
        4, 2, 2, 4, 3, 3, 3, 1, 3, 2, // 20-29: DeleteTopics, DeleteRecords, InitProducerId, OffsetForLeaderEpoch, AddPartitionsToTxn, AddOffsetsToTxn, EndTxn, WriteTxnMarkers, TxnOffsetCommit, DescribeAcls
        2, 2, 4, 2, 2, 2, 2, 2, 2, 2, // 30-39: CreateAcls, DeleteAcls, DescribeConfigs, AlterConfigs, AlterReplicaLogDirs, DescribeLogDirs, SaslAuthenticate, CreatePartitions, CreateDelegationToken, RenewDelegationToken
        2, 2, 2, 2, 1, 0, 0, None, 1, 1, // 40-49: ExpireDelegationToken, DescribeDelegationToken, DeleteGroups, ElectLeaders, IncrementalAlterConfigs, AlterPartitionReassignments, ListPartitionReassignments, OffsetDelete, DescribeClientQuotas, AlterClientQuotas
        0, 0, 0, 1, 1, 0, 0, 0, 0, 0, // 50-59
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 60-69
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 70-79
        0, 0, 0, 0, 0, 0, 0, 0, // 80-87
    ];

    /// <summary>Whether <paramref name="version"/> of <paramref name="apiKey"/> uses flexible encodings.
    /// Unknown keys are taken as non-flexible (header v1), the only guess that parses the fixed part.</summary>
    public static bool IsFlexible(short apiKey, short version) =>
        apiKey >= 0 && apiKey < FirstFlexible.Length && version >= FirstFlexible[apiKey];
}
