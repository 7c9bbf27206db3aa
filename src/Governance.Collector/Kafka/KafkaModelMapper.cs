using System.Text;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Model.Platform;
using GroupMemberInfo = Governance.Model.Platform.GroupMemberInfo;

namespace Governance.Collector.Kafka;

/// <summary>
/// The boundary: Confluent.Kafka types in, <c>Governance.Model.Platform</c> types out. Nothing of
/// Confluent.Kafka leaves the <c>Kafka/</c> folder except through these functions.
/// </summary>
internal static class KafkaModelMapper
{
    /// <summary>Topic configs kept even when they are broker defaults (retention and durability matter for governance).</summary>
    public static readonly IReadOnlySet<string> AlwaysKeptConfigs = new HashSet<string>(StringComparer.Ordinal)
    {
        "cleanup.policy", "retention.ms", "min.insync.replicas",
    };

    /// <summary>Kafka's own internal topics, used only when the brokers' internal flag could not be read.</summary>
    public static readonly IReadOnlySet<string> KnownInternalTopics = new HashSet<string>(StringComparer.Ordinal)
    {
        "__consumer_offsets", "__transaction_state", "__share_group_state",
    };

    public static BrokerInfo ToBroker(Node node) => new(node.Id, node.Host, node.Port);

    public static BrokerInfo ToBroker(BrokerMetadata broker) => new(broker.BrokerId, broker.Host, broker.Port);

    public static PartitionInfo ToPartition(TopicPartitionInfo partition) => new(
        partition.Partition,
        partition.Leader?.Id ?? -1,
        partition.Replicas?.Select(n => n.Id).ToList() ?? [],
        partition.ISR?.Select(n => n.Id).ToList() ?? [],
        null,
        null);

    public static PartitionInfo ToPartition(PartitionMetadata partition) => new(
        partition.PartitionId,
        partition.Leader,
        partition.Replicas ?? [],
        partition.InSyncReplicas ?? [],
        null,
        null);

    public static TopicInfo ToTopic(TopicDescription topic)
    {
        var partitions = (topic.Partitions ?? []).Select(ToPartition).OrderBy(p => p.Id).ToList();
        return new TopicInfo
        {
            Name = topic.Name,
            IsInternal = topic.IsInternal,
            ReplicationFactor = partitions.Count == 0 ? 0 : partitions.Max(p => p.Replicas.Count),
            Partitions = partitions,
        };
    }

    /// <summary>A topic from the plain metadata, which carries no internal flag: Kafka's own internal topic names stand in for it.</summary>
    public static TopicInfo ToTopic(TopicMetadata topic)
    {
        var partitions = (topic.Partitions ?? []).Select(ToPartition).OrderBy(p => p.Id).ToList();
        return new TopicInfo
        {
            Name = topic.Topic,
            IsInternal = KnownInternalTopics.Contains(topic.Topic),
            ReplicationFactor = partitions.Count == 0 ? 0 : partitions.Max(p => p.Replicas.Count),
            Partitions = partitions,
        };
    }

    /// <summary>
    /// The configuration entries worth keeping: everything not reported as <c>DEFAULT_CONFIG</c>, plus
    /// <see cref="AlwaysKeptConfigs"/>. Sensitive entries (no value) are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ToConfigs(IEnumerable<ConfigEntryResult>? entries)
    {
        var configs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries ?? [])
        {
            if (entry.Value is null || entry.IsSensitive)
            {
                continue;
            }

            if (entry.Source != ConfigSource.DefaultConfig || AlwaysKeptConfigs.Contains(entry.Name))
            {
                configs[entry.Name] = entry.Value;
            }
        }

        return configs;
    }

    public static AclBindingInfo ToAcl(AclBinding binding) => new(
        ResourceTypeName(binding.Pattern.Type),
        binding.Pattern.Name ?? "",
        binding.Pattern.ResourcePatternType.ToString(),
        binding.Entry.Principal ?? "",
        binding.Entry.Host ?? "",
        binding.Entry.Operation.ToString(),
        binding.Entry.PermissionType.ToString());

    /// <summary>Kafka's names for resource types (librdkafka calls the cluster resource "Broker" and has no enum member for 5..7).</summary>
    public static string ResourceTypeName(ResourceType type) => (int)type switch
    {
        0 => "Unknown",
        1 => "Any",
        2 => "Topic",
        3 => "Group",
        4 => "Cluster",
        5 => "TransactionalId",
        6 => "DelegationToken",
        7 => "User",
        var other => $"Unknown({other})",
    };

    public static IReadOnlyList<CommittedOffset> ToOffsets(IEnumerable<TopicPartitionOffsetError> partitions) =>
        partitions
            .Where(p => !p.Error.IsError && p.Offset.Value >= 0)
            .Select(p => new CommittedOffset(p.Topic, p.Partition.Value, p.Offset.Value))
            .OrderBy(o => o.Topic, StringComparer.Ordinal)
            .ThenBy(o => o.Partition)
            .ToList();

    /// <summary>A consumer group as described by DescribeConsumerGroups (protocol type <c>consumer</c>, or empty for offset-only groups).</summary>
    public static ConsumerGroupInfo ToGroup(ConsumerGroupDescription group, IReadOnlyList<CommittedOffset> offsets) => new()
    {
        GroupId = group.GroupId,
        State = group.State.ToString(),
        ProtocolType = group.IsSimpleConsumerGroup ? "" : "consumer",
        Protocol = group.PartitionAssignor ?? "",
        Members = (group.Members ?? [])
            .Select(m => new GroupMemberInfo(
                m.ConsumerId ?? "",
                m.ClientId ?? "",
                m.Host ?? "",
                (m.Assignment?.TopicPartitions ?? [])
                    .Select(tp => new TopicPartitionRef(tp.Topic, tp.Partition.Value))
                    .OrderBy(tp => tp.Topic, StringComparer.Ordinal)
                    .ThenBy(tp => tp.Partition)
                    .ToList()))
            .OrderBy(m => m.MemberId, StringComparer.Ordinal)
            .ToList(),
        Offsets = offsets,
    };

    /// <summary>A group whose description failed: its id and what the listing said of its kind, state unknown, no members.</summary>
    public static ConsumerGroupInfo ToUndescribedGroup(GroupInfo group, IReadOnlyList<CommittedOffset> offsets) => new()
    {
        GroupId = group.Group,
        ProtocolType = group.ProtocolType ?? "",
        Offsets = offsets,
    };

    /// <summary>
    /// A group from the classic ListGroups/DescribeGroups (every protocol type). Members' assignments are
    /// decoded for the <c>consumer</c> protocol; other protocols (e.g. Kafka Connect's <c>connect</c>) carry
    /// no topic assignment. <paramref name="undecoded"/> names members whose assignment bytes could not be read.
    /// </summary>
    public static ConsumerGroupInfo ToGroup(GroupInfo group, IReadOnlyList<CommittedOffset> offsets, out IReadOnlyList<string> undecoded)
    {
        var consumer = group.ProtocolType is "consumer";
        var failed = new List<string>();
        var members = (group.Members ?? [])
            .Select(m =>
            {
                IReadOnlyList<TopicPartitionRef> assignment = [];
                if (consumer && !ConsumerProtocolAssignment.TryDecode(m.MemberAssignment ?? [], out assignment))
                {
                    failed.Add(m.MemberId ?? "");
                }

                return new GroupMemberInfo(m.MemberId ?? "", m.ClientId ?? "", m.ClientHost ?? "", assignment);
            })
            .OrderBy(m => m.MemberId, StringComparer.Ordinal)
            .ToList();
        undecoded = failed;
        return new ConsumerGroupInfo
        {
            GroupId = group.Group,
            State = string.IsNullOrEmpty(group.State) ? "Unknown" : group.State,
            ProtocolType = group.ProtocolType ?? "",
            Protocol = group.Protocol ?? "",
            Members = members,
            Offsets = offsets,
        };
    }

    /// <summary>What is kept of a record: position, time, schema ids of key and value, headers as UTF-8 (cut at <paramref name="maxHeaderValueLength"/>).</summary>
    public static SampledRecord ToSample(ConsumeResult<byte[], byte[]> record, int maxHeaderValueLength)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (record.Message?.Headers is { } recordHeaders)
        {
            foreach (var header in recordHeaders)
            {
                // Repeated keys: the last value wins, as with Headers.GetLastBytes.
                headers[header.Key] = HeaderText(header.GetValueBytes(), maxHeaderValueLength);
            }
        }

        var timestamp = record.Message?.Timestamp ?? default;
        return new SampledRecord(
            record.Partition.Value,
            record.Offset.Value,
            timestamp.Type == TimestampType.NotAvailable ? DateTimeOffset.UnixEpoch : DateTimeOffset.FromUnixTimeMilliseconds(timestamp.UnixTimestampMs),
            ConfluentWireFormat.TryGetSchemaId(record.Message?.Key),
            ConfluentWireFormat.TryGetSchemaId(record.Message?.Value),
            headers);
    }

    public static string HeaderText(byte[]? value, int maxLength)
    {
        if (value is null || value.Length == 0)
        {
            return "";
        }

        var text = Encoding.UTF8.GetString(value);
        return text.Length <= maxLength ? text : text[..maxLength];
    }
}
