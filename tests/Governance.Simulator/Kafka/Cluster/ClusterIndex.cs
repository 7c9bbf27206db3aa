using System.Runtime.InteropServices;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Cluster;

/// <summary>
/// Lookup tables over one cluster of the scenario, so a request naming k topics or groups costs O(k)
/// rather than O(k × topics): the collector and the benchmarks run clusters with 10,000 topics and
/// 2,000 groups. Holds references to the live scenario objects: use it only inside
/// <see cref="SimulatedPlatform.Read{T}"/> (see <see cref="ClusterIndexCache"/>).
/// </summary>
internal sealed class ClusterIndex
{
    /// <summary>Kafka's default <c>offsets.topic.num.partitions</c>; used when the scenario has no <c>__consumer_offsets</c>.</summary>
    private const int DefaultOffsetsPartitions = 50;

    private readonly Dictionary<string, TopicScenario> _topicsByName;
    private readonly Dictionary<Guid, TopicScenario> _topicsById;
    private readonly Dictionary<string, ConsumerGroupScenario> _groupsById;

    public ClusterIndex(ClusterScenario cluster, int brokerCount)
    {
        Cluster = cluster;
        BrokerCount = brokerCount;
        _topicsByName = new Dictionary<string, TopicScenario>(cluster.Topics.Count, StringComparer.Ordinal);
        _topicsById = new Dictionary<Guid, TopicScenario>(cluster.Topics.Count);
        foreach (var topic in cluster.Topics)
        {
            // First wins, like ClusterScenario.Topic(name).
            _topicsByName.TryAdd(topic.Name, topic);
            if (topic.TopicId != Guid.Empty)
            {
                _topicsById.TryAdd(topic.TopicId, topic);
            }
        }

        _groupsById = new Dictionary<string, ConsumerGroupScenario>(cluster.Groups.Count, StringComparer.Ordinal);
        foreach (var group in cluster.Groups)
        {
            _groupsById.TryAdd(group.GroupId, group);
        }

        OffsetsTopic = Topic("__consumer_offsets");
        TransactionsTopic = Topic("__transaction_state");
    }

    public ClusterScenario Cluster { get; }

    /// <summary>Brokers that really listen (node ids 1..BrokerCount).</summary>
    public int BrokerCount { get; }

    private TopicScenario? OffsetsTopic { get; }

    private TopicScenario? TransactionsTopic { get; }

    public TopicScenario? Topic(string name) => _topicsByName.GetValueOrDefault(name);

    public TopicScenario? Topic(Guid id) => _topicsById.GetValueOrDefault(id);

    public ConsumerGroupScenario? Group(string groupId) => _groupsById.GetValueOrDefault(groupId);

    public bool IsBroker(int nodeId) => nodeId >= 1 && nodeId <= BrokerCount;

    /// <summary>Partition <paramref name="id"/> of a topic; partitions are normally stored in id order, so try that first.</summary>
    public static PartitionScenario? Partition(TopicScenario topic, int id)
    {
        var partitions = topic.Partitions;
        if (id >= 0 && id < partitions.Count && partitions[id].Id == id)
        {
            return partitions[id];
        }

        foreach (var partition in CollectionsMarshal.AsSpan(partitions))
        {
            if (partition.Id == id)
            {
                return partition;
            }
        }

        return null;
    }

    /// <summary>
    /// The group coordinator, as Kafka picks it: the leader of partition
    /// <c>abs(groupId.hashCode) % partitions</c> of <c>__consumer_offsets</c>. Without that topic in the
    /// scenario, 50 virtual partitions are spread round-robin over the brokers.
    /// </summary>
    public int GroupCoordinator(string groupId) => Coordinator(groupId, OffsetsTopic);

    /// <summary>The transaction coordinator, by the same rule over <c>__transaction_state</c>.</summary>
    public int TransactionCoordinator(string transactionalId) => Coordinator(transactionalId, TransactionsTopic);

    private int Coordinator(string key, TopicScenario? stateTopic)
    {
        var hash = JavaHashCode(key) & 0x7FFFFFFF;
        if (stateTopic is { Partitions.Count: > 0 })
        {
            var partition = Partition(stateTopic, hash % stateTopic.Partitions.Count);
            if (partition is not null && IsBroker(partition.Leader))
            {
                return partition.Leader;
            }
        }

        return (hash % DefaultOffsetsPartitions % BrokerCount) + 1;
    }

    /// <summary>Java's <c>String.hashCode</c> (over UTF-16 code units), so coordinators match a real cluster's.</summary>
    public static int JavaHashCode(string value)
    {
        var hash = 0;
        foreach (var c in value)
        {
            hash = unchecked((31 * hash) + c);
        }

        return hash;
    }
}
