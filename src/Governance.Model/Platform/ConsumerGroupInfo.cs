namespace Governance.Model.Platform;

/// <summary>A consumer group: state, members and committed offsets.</summary>
public sealed record ConsumerGroupInfo
{
    /// <summary>Group id (for Kafka Streams apps, the <c>application.id</c>).</summary>
    public required string GroupId { get; init; }

    /// <summary>Group state as the coordinator reports it (Stable, Empty, ...).</summary>
    public string State { get; init; } = "Unknown";

    /// <summary><c>consumer</c>, <c>connect</c>, or empty for offset-only groups.</summary>
    public string ProtocolType { get; init; } = "";

    /// <summary>Partition assignor in use.</summary>
    public string Protocol { get; init; } = "";

    /// <summary>Current members.</summary>
    public IReadOnlyList<GroupMemberInfo> Members { get; init; } = [];

    /// <summary>Committed offsets per partition.</summary>
    public IReadOnlyList<CommittedOffset> Offsets { get; init; } = [];
}

/// <summary>A group member and the partitions assigned to it.</summary>
public sealed record GroupMemberInfo(string MemberId, string ClientId, string Host, IReadOnlyList<TopicPartitionRef> Assignment);

/// <summary>A topic partition.</summary>
public sealed record TopicPartitionRef(string Topic, int Partition);

/// <summary>A committed offset of a group on a partition.</summary>
public sealed record CommittedOffset(string Topic, int Partition, long Offset);

/// <summary>An ACL binding, with Kafka's names for types, patterns, operations and permissions.</summary>
public sealed record AclBindingInfo(
    string ResourceType,
    string ResourceName,
    string PatternType,
    string Principal,
    string Host,
    string Operation,
    string Permission);
