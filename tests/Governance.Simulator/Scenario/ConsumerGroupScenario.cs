namespace Governance.Simulator.Scenario;

/// <summary>A consumer group as the group coordinator knows it.</summary>
public sealed class ConsumerGroupScenario
{
    public string GroupId { get; set; } = "";

    /// <summary>Kafka group state: <c>Stable</c>, <c>Empty</c>, <c>PreparingRebalance</c>, <c>CompletingRebalance</c>, <c>Dead</c>.</summary>
    public string State { get; set; } = "Stable";

    /// <summary><c>consumer</c> for consumer groups, <c>connect</c> for Connect workers.</summary>
    public string ProtocolType { get; set; } = "consumer";

    /// <summary>Assignor, e.g. <c>range</c> or <c>cooperative-sticky</c>; empty when the group is Empty.</summary>
    public string Protocol { get; set; } = "range";
    public List<GroupMemberScenario> Members { get; set; } = [];
    public List<CommittedOffsetScenario> Offsets { get; set; } = [];
}

/// <summary>A member of a group with its assignment.</summary>
public sealed class GroupMemberScenario
{
    public string MemberId { get; set; } = "";
    public string? GroupInstanceId { get; set; }
    public string ClientId { get; set; } = "";

    /// <summary>As brokers report it, e.g. <c>/10.1.2.3</c>.</summary>
    public string ClientHost { get; set; } = "";
    public List<TopicPartitionsScenario> Assignment { get; set; } = [];
}

/// <summary>Partitions of one topic.</summary>
public sealed class TopicPartitionsScenario
{
    public string Topic { get; set; } = "";
    public List<int> Partitions { get; set; } = [];
}

/// <summary>A committed offset of a group.</summary>
public sealed class CommittedOffsetScenario
{
    public string Topic { get; set; } = "";
    public int Partition { get; set; }
    public long Offset { get; set; }
    public string? Metadata { get; set; }
}
