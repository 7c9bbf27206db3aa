using System.Text;
using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Collector.Kafka;
using Governance.Model.Platform;

namespace Governance.Collector.Tests.Kafka;

public sealed class KafkaModelMapperTests
{
    [Fact]
    public void Configs_keep_non_defaults_and_the_three_governance_defaults_but_no_sensitive_values()
    {
        ConfigEntryResult[] entries =
        [
            new() { Name = "cleanup.policy", Value = "delete", Source = ConfigSource.DefaultConfig },
            new() { Name = "retention.ms", Value = "604800000", Source = ConfigSource.DefaultConfig },
            new() { Name = "min.insync.replicas", Value = "2", Source = ConfigSource.StaticBrokerConfig },
            new() { Name = "segment.bytes", Value = "1073741824", Source = ConfigSource.DefaultConfig },
            new() { Name = "compression.type", Value = "zstd", Source = ConfigSource.DynamicTopicConfig },
            new() { Name = "message.timestamp.type", Value = "LogAppendTime", Source = ConfigSource.DynamicDefaultBrokerConfig },
            new() { Name = "some.secret", Value = null, Source = ConfigSource.DynamicTopicConfig, IsSensitive = true },
        ];

        var configs = KafkaModelMapper.ToConfigs(entries);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["cleanup.policy"] = "delete",
                ["compression.type"] = "zstd",
                ["message.timestamp.type"] = "LogAppendTime",
                ["min.insync.replicas"] = "2",
                ["retention.ms"] = "604800000",
            },
            configs);
    }

    [Theory]
    [InlineData(2, "Topic")]
    [InlineData(3, "Group")]
    [InlineData(4, "Cluster")]
    [InlineData(5, "TransactionalId")]
    [InlineData(6, "DelegationToken")]
    [InlineData(7, "User")]
    [InlineData(42, "Unknown(42)")]
    public void Acl_resource_types_use_Kafka_names(int code, string name) =>
        Assert.Equal(name, KafkaModelMapper.ResourceTypeName((ResourceType)code));

    [Fact]
    public void Acl_binding_maps_every_field()
    {
        var binding = new AclBinding
        {
            Pattern = new ResourcePattern { Type = ResourceType.Topic, Name = "orders.", ResourcePatternType = ResourcePatternType.Prefixed },
            Entry = new AccessControlEntry { Principal = "User:order-service", Host = "*", Operation = AclOperation.Write, PermissionType = AclPermissionType.Allow },
        };

        Assert.Equal(new AclBindingInfo("Topic", "orders.", "Prefixed", "User:order-service", "*", "Write", "Allow"), KafkaModelMapper.ToAcl(binding));
    }

    [Fact]
    public void Consumer_group_maps_state_members_and_sorted_assignments()
    {
        var description = new ConsumerGroupDescription
        {
            GroupId = "billing",
            State = ConsumerGroupState.Stable,
            IsSimpleConsumerGroup = false,
            PartitionAssignor = "cooperative-sticky",
            Members =
            [
                new MemberDescription
                {
                    ConsumerId = "m-2", ClientId = "billing-2", Host = "/10.0.0.2",
                    Assignment = new MemberAssignment { TopicPartitions = [new TopicPartition("orders", 1), new TopicPartition("orders", 0)] },
                },
                new MemberDescription { ConsumerId = "m-1", ClientId = "billing-1", Host = "/10.0.0.1", Assignment = new MemberAssignment { TopicPartitions = [] } },
            ],
        };
        var offsets = new List<CommittedOffset> { new("orders", 0, 5) };

        var group = KafkaModelMapper.ToGroup(description, offsets);

        Assert.Equal("billing", group.GroupId);
        Assert.Equal("Stable", group.State);
        Assert.Equal("consumer", group.ProtocolType);
        Assert.Equal("cooperative-sticky", group.Protocol);
        Assert.Equal(["m-1", "m-2"], group.Members.Select(m => m.MemberId));
        Assert.Equal([new TopicPartitionRef("orders", 0), new TopicPartitionRef("orders", 1)], group.Members[1].Assignment);
        Assert.Equal("/10.0.0.2", group.Members[1].Host);
        Assert.Same(offsets, group.Offsets);
    }

    [Fact]
    public void Simple_group_has_an_empty_protocol_type() =>
        Assert.Equal("", KafkaModelMapper.ToGroup(new ConsumerGroupDescription { GroupId = "g", IsSimpleConsumerGroup = true, Members = [] }, []).ProtocolType);

    [Fact]
    public void Classic_group_of_another_protocol_keeps_its_protocol_type()
    {
        var info = new GroupInfo(new BrokerMetadata(1, "b", 9092), "connect-cluster", new Error(ErrorCode.NoError), "Stable", "connect", "sessioned",
            [new Confluent.Kafka.GroupMemberInfo("w-1", "connect-1", "/10.0.0.9", [], [1, 2, 3])]);

        var group = KafkaModelMapper.ToGroup(info, [], out var undecoded);

        Assert.Empty(undecoded);
        Assert.Equal(("connect-cluster", "Stable", "connect", "sessioned"), (group.GroupId, group.State, group.ProtocolType, group.Protocol));
        Assert.Equal(new[] { ("w-1", "connect-1", "/10.0.0.9") }, group.Members.Select(m => (m.MemberId, m.ClientId, m.Host)));
        Assert.Empty(group.Members[0].Assignment);
    }

    [Fact]
    public void Committed_offsets_skip_errors_and_unset_offsets()
    {
        TopicPartitionOffsetError[] partitions =
        [
            new(new TopicPartition("b", 0), new Offset(7), new Error(ErrorCode.NoError), null),
            new(new TopicPartition("a", 1), new Offset(3), new Error(ErrorCode.NoError), null),
            new(new TopicPartition("a", 0), Offset.Unset, new Error(ErrorCode.NoError), null),
            new(new TopicPartition("c", 0), new Offset(9), new Error(ErrorCode.UnstableOffsetCommit), null),
        ];

        Assert.Equal([new CommittedOffset("a", 1, 3), new CommittedOffset("b", 0, 7)], KafkaModelMapper.ToOffsets(partitions));
    }

    [Fact]
    public void Sampled_record_keeps_position_time_schema_ids_and_utf8_headers_only()
    {
        var headers = new Headers
        {
            { "producer", Encoding.UTF8.GetBytes("pos-gateway") },
            { "trace", Encoding.UTF8.GetBytes("first") },
            { "trace", Encoding.UTF8.GetBytes("second") },
            { "empty", null! },
            { "long", Encoding.UTF8.GetBytes(new string('x', 40)) },
        };
        var record = new ConsumeResult<byte[], byte[]>
        {
            TopicPartitionOffset = new TopicPartitionOffset("sales.receipts", 2, 41),
            Message = new Message<byte[], byte[]>
            {
                Key = ConfluentWireFormat.Encode(7, "k"u8),
                Value = ConfluentWireFormat.Encode(8, "v"u8),
                Headers = headers,
                Timestamp = new Timestamp(1_700_000_000_123, TimestampType.CreateTime),
            },
        };

        var sample = KafkaModelMapper.ToSample(record, maxHeaderValueLength: 11);

        Assert.Equal(2, sample.Partition);
        Assert.Equal(41, sample.Offset);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), sample.Timestamp);
        Assert.Equal(7, sample.KeySchemaId);
        Assert.Equal(8, sample.ValueSchemaId);
        Assert.Equal(
            new Dictionary<string, string> { ["empty"] = "", ["long"] = "xxxxxxxxxxx", ["producer"] = "pos-gateway", ["trace"] = "second" },
            sample.Headers);
    }

    [Fact]
    public void Sampled_record_with_plain_payloads_and_no_timestamp()
    {
        var record = new ConsumeResult<byte[], byte[]>
        {
            TopicPartitionOffset = new TopicPartitionOffset("t", 0, 0),
            Message = new Message<byte[], byte[]> { Key = null!, Value = "{\"a\":1}"u8.ToArray(), Timestamp = new Timestamp(0, TimestampType.NotAvailable) },
        };

        var sample = KafkaModelMapper.ToSample(record, 100);

        Assert.Null(sample.KeySchemaId);
        Assert.Null(sample.ValueSchemaId);
        Assert.Empty(sample.Headers);
        Assert.Equal(DateTimeOffset.UnixEpoch, sample.Timestamp);
    }

    [Fact]
    public void Topic_from_description_has_replicas_isr_and_leader_ids()
    {
        Node N(int id) => new() { Id = id, Host = $"b{id}", Port = 9092 };
        var description = new TopicDescription
        {
            Name = "orders",
            IsInternal = false,
            Error = new Error(ErrorCode.NoError),
            Partitions =
            [
                new TopicPartitionInfo { Partition = 1, Leader = null, Replicas = [N(2), N(3)], ISR = [N(3)] },
                new TopicPartitionInfo { Partition = 0, Leader = N(1), Replicas = [N(1), N(2), N(3)], ISR = [N(1), N(2)] },
            ],
        };

        var topic = KafkaModelMapper.ToTopic(description);

        Assert.Equal(3, topic.ReplicationFactor);
        Assert.Equal((0, 1, (long?)null, (long?)null), (topic.Partitions[0].Id, topic.Partitions[0].Leader, topic.Partitions[0].LowWatermark, topic.Partitions[0].HighWatermark));
        Assert.Equal([1, 2, 3], topic.Partitions[0].Replicas);
        Assert.Equal(-1, topic.Partitions[1].Leader);
        Assert.Equal([3], topic.Partitions[1].InSyncReplicas);
    }

    [Fact]
    public void Topic_from_plain_metadata_guesses_internal_from_Kafka_names()
    {
        Assert.True(KafkaModelMapper.ToTopic(new TopicMetadata("__consumer_offsets", [], new Error(ErrorCode.NoError))).IsInternal);
        Assert.False(KafkaModelMapper.ToTopic(new TopicMetadata("_schemas", [], new Error(ErrorCode.NoError))).IsInternal);
    }
}
