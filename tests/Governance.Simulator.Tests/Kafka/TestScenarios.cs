using System.Text;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>Small hand-written scenarios with explicit ids and offsets, so tests can assert exact values.</summary>
internal static class TestScenarios
{
    public const string Cloud = "cloud";
    public const string Edge = "edge";
    public const string CloudClusterId = "lkc-test-cloud";
    public const string EdgeClusterId = "lkc-test-edge";

    public static readonly Guid OrdersId = Guid.Parse("0b6e9f0e-3c1a-4f5e-9a8d-1c2b3d4e5f60");
    public static readonly Guid PaymentsId = Guid.Parse("7d1f6a2b-5c3e-4d8f-8a9b-0c1d2e3f4a5b");
    public static readonly Guid OffsetsTopicId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    public static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);

    /// <summary>Confluent wire format: magic 0, big-endian schema id, then the serialized payload.</summary>
    public static byte[] WireFormat(int schemaId, string payload)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var bytes = new byte[5 + body.Length];
        bytes[0] = 0;
        bytes[1] = (byte)(schemaId >> 24);
        bytes[2] = (byte)(schemaId >> 16);
        bytes[3] = (byte)(schemaId >> 8);
        bytes[4] = (byte)schemaId;
        body.CopyTo(bytes, 5);
        return bytes;
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>A one-broker cloud cluster with topics, samples, groups and ACLs.</summary>
    public static PlatformScenario SingleBroker() => new()
    {
        Name = "kafka-single",
        Clusters = [CloudCluster()],
    };

    public static ClusterScenario CloudCluster() => new()
    {
        Id = CloudClusterId,
        Alias = Cloud,
        Role = ClusterRole.Cloud,
        Brokers = 1,
        ControllerId = 1,
        Topics =
        [
            new TopicScenario
            {
                Name = "orders.v1",
                TopicId = OrdersId,
                Configs = new() { ["cleanup.policy"] = "compact", ["retention.ms"] = "86400000" },
                Partitions =
                [
                    new PartitionScenario
                    {
                        Id = 0, Leader = 1, Replicas = [1], Isr = [1], LogStartOffset = 0, LogEndOffset = 100,
                        Records =
                        [
                            new SampleRecord
                            {
                                Offset = 10, Timestamp = T0, Key = Utf8("order-1"), Value = WireFormat(7, "{\"id\":1}"),
                                Headers = [new() { Key = "producer", Value = Utf8("order-service") }, new() { Key = "empty", Value = null }],
                            },
                            new SampleRecord { Offset = 11, Timestamp = T0.AddSeconds(1), Key = Utf8("order-2"), Value = WireFormat(7, "{\"id\":2}") },
                            new SampleRecord { Offset = 42, Timestamp = T0.AddMinutes(5), Key = null, Value = WireFormat(8, "{\"id\":42}") },
                        ],
                    },
                    new PartitionScenario { Id = 1, Leader = 1, Replicas = [1], Isr = [1], LogStartOffset = 5, LogEndOffset = 50 },
                    new PartitionScenario { Id = 2, Leader = 1, Replicas = [1], Isr = [1], LogStartOffset = 0, LogEndOffset = 0 },
                ],
            },
            new TopicScenario
            {
                Name = "payments",
                TopicId = PaymentsId,
                Partitions =
                [
                    new PartitionScenario
                    {
                        Id = 0, Leader = 1, Replicas = [1], Isr = [1], LogStartOffset = 0, LogEndOffset = 10,
                        Records = [new SampleRecord { Offset = 3, Timestamp = T0.AddHours(1), Key = Utf8("p-3"), Value = Utf8("plain") }],
                    },
                ],
            },
            new TopicScenario
            {
                Name = "__consumer_offsets",
                Internal = true,
                TopicId = OffsetsTopicId,
                Configs = new() { ["cleanup.policy"] = "compact" },
                Partitions = [new PartitionScenario { Id = 0, Leader = 1, Replicas = [1], Isr = [1], LogEndOffset = 1000 }],
            },
        ],
        Groups =
        [
            new ConsumerGroupScenario
            {
                GroupId = "order-service",
                State = "Stable",
                Protocol = "range",
                Members =
                [
                    new GroupMemberScenario
                    {
                        MemberId = "order-service-1-5f0c", ClientId = "order-service-1", ClientHost = "/10.1.2.3",
                        Assignment = [new() { Topic = "orders.v1", Partitions = [0, 1] }],
                    },
                    new GroupMemberScenario
                    {
                        MemberId = "order-service-2-77aa", ClientId = "order-service-2", ClientHost = "/10.1.2.4", GroupInstanceId = "pod-2",
                        Assignment = [new() { Topic = "orders.v1", Partitions = [2] }, new() { Topic = "payments", Partitions = [0] }],
                    },
                ],
                Offsets =
                [
                    new CommittedOffsetScenario { Topic = "orders.v1", Partition = 0, Offset = 40, Metadata = "m" },
                    new CommittedOffsetScenario { Topic = "orders.v1", Partition = 1, Offset = 20 },
                    new CommittedOffsetScenario { Topic = "payments", Partition = 0, Offset = 5 },
                ],
            },
            new ConsumerGroupScenario
            {
                GroupId = "audit",
                State = "Empty",
                Protocol = "",
                Offsets = [new CommittedOffsetScenario { Topic = "orders.v1", Partition = 0, Offset = 90 }],
            },
        ],
        Acls =
        [
            new AclScenario { ResourceType = "Topic", ResourceName = "orders.v1", PatternType = "Literal", Principal = "User:order-service", Operation = "Read" },
            new AclScenario { ResourceType = "Topic", ResourceName = "orders.", PatternType = "Prefixed", Principal = "User:analytics", Operation = "Read" },
            new AclScenario { ResourceType = "Topic", ResourceName = "*", PatternType = "Literal", Principal = "User:auditor", Operation = "Describe" },
            new AclScenario { ResourceType = "Group", ResourceName = "order-service", PatternType = "Literal", Principal = "User:order-service", Operation = "Read" },
            new AclScenario { ResourceType = "Cluster", ResourceName = "kafka-cluster", PatternType = "Literal", Principal = "User:admin", Operation = "All" },
            new AclScenario { ResourceType = "Topic", ResourceName = "payments", PatternType = "Literal", Principal = "User:intruder", Host = "10.9.9.9", Operation = "Write", Permission = "Deny" },
        ],
    };

    /// <summary>A three-broker edge cluster: partition leaders on different brokers, groups spread over coordinators.</summary>
    public static PlatformScenario ThreeBrokers() => new()
    {
        Name = "kafka-three",
        Clusters =
        [
            new ClusterScenario
            {
                Id = EdgeClusterId,
                Alias = Edge,
                Role = ClusterRole.Edge,
                Brokers = 3,
                ControllerId = 2,
                Topics =
                [
                    new TopicScenario
                    {
                        Name = "sales",
                        ReplicationFactor = 3,
                        TopicId = Guid.Parse("5a1e5000-0000-4000-8000-000000000001"),
                        Partitions = Enumerable.Range(0, 3).Select(p => new PartitionScenario
                        {
                            Id = p,
                            Leader = p + 1,
                            Replicas = [p + 1, ((p + 1) % 3) + 1, ((p + 2) % 3) + 1],
                            Isr = p == 2 ? [3, 1] : [p + 1, ((p + 1) % 3) + 1, ((p + 2) % 3) + 1],
                            LogStartOffset = 100 * p,
                            LogEndOffset = (100 * p) + 10,
                            Records = [new SampleRecord { Offset = (100 * p) + 1, Timestamp = T0.AddMinutes(p), Key = Utf8($"k{p}"), Value = Utf8($"sale-{p}") }],
                        }).ToList(),
                    },
                ],
                Groups = Enumerable.Range(0, 12).Select(i => new ConsumerGroupScenario
                {
                    GroupId = $"store-app-{i}",
                    State = "Stable",
                    Protocol = "cooperative-sticky",
                    Members = [new GroupMemberScenario { MemberId = $"m-{i}", ClientId = $"client-{i}", ClientHost = "/10.0.0.1", Assignment = [new() { Topic = "sales", Partitions = [i % 3] }] }],
                    Offsets = [new CommittedOffsetScenario { Topic = "sales", Partition = i % 3, Offset = (100 * (i % 3)) + 5 }],
                }).ToList(),
            },
        ],
    };
}
