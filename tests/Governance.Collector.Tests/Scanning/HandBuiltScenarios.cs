using System.Text;
using System.Text.Json.Nodes;
using Governance.Collector.Kafka;
using Governance.Simulator.Scenario;

namespace Governance.Collector.Tests.Scanning;

/// <summary>Small scenarios written by hand, so that each expectation is visible in the test code.</summary>
internal static class HandBuiltScenarios
{
    public static SampleRecord Record(long offset, int? keySchemaId, int? valueSchemaId, params (string Key, string Value)[] headers) => new()
    {
        Offset = offset,
        Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1_760_000_000_000 + offset),
        Key = keySchemaId is { } k ? ConfluentWireFormat.Encode(k, "key"u8) : Encoding.UTF8.GetBytes($"key-{offset}"),
        Value = valueSchemaId is { } v ? ConfluentWireFormat.Encode(v, "value"u8) : Encoding.UTF8.GetBytes("{\"plain\":true}"),
        Headers = headers.Select(h => new SampleHeader { Key = h.Key, Value = Encoding.UTF8.GetBytes(h.Value) }).ToList(),
    };

    /// <summary>One store cluster (2 brokers) with a registry and a Connect cluster.</summary>
    public static PlatformScenario Store() => new()
    {
        Name = "hand-built store",
        Clusters =
        [
            new ClusterScenario
            {
                Id = "lkc-store-0001",
                Alias = "store-0001",
                Role = ClusterRole.Edge,
                Brokers = 2,
                ControllerId = 2,
                Topics =
                [
                    new TopicScenario
                    {
                        Name = "pos.receipts",
                        ReplicationFactor = 2,
                        TopicId = Guid.NewGuid(),
                        Configs = new() { ["retention.ms"] = "86400000", ["compression.type"] = "zstd" },
                        Partitions =
                        [
                            new PartitionScenario
                            {
                                Id = 0, Leader = 1, Replicas = [1, 2], Isr = [1, 2], LogStartOffset = 10, LogEndOffset = 15,
                                Records = [.. Enumerable.Range(10, 5).Select(o => Record(o, null, 101, ("producer", "pos-gateway"), ("trace-id", $"t-{o}")))],
                            },
                            new PartitionScenario
                            {
                                Id = 1, Leader = 2, Replicas = [2, 1], Isr = [2], LogStartOffset = 0, LogEndOffset = 2,
                                Records = [Record(0, null, 101, ("producer", "pos-gateway")), Record(1, null, 102, ("producer", "pos-gateway-v2"))],
                            },
                            new PartitionScenario { Id = 2, Leader = 1, Replicas = [1, 2], Isr = [1, 2], LogStartOffset = 7, LogEndOffset = 7 },
                        ],
                    },
                    new TopicScenario
                    {
                        Name = "inventory.stock",
                        ReplicationFactor = 1,
                        TopicId = Guid.NewGuid(),
                        Configs = new() { ["cleanup.policy"] = "compact", ["min.insync.replicas"] = "1" },
                        Partitions =
                        [
                            new PartitionScenario
                            {
                                Id = 0, Leader = 2, Replicas = [2], Isr = [2], LogStartOffset = 0, LogEndOffset = 100,
                                // Compacted: only a few offsets still hold records.
                                Records = [Record(40, 201, 202), Record(97, 201, 202, ("app", "stock-keeper")), Record(99, 201, 203)],
                            },
                        ],
                    },
                    new TopicScenario
                    {
                        Name = "__consumer_offsets",
                        Internal = true,
                        ReplicationFactor = 1,
                        TopicId = Guid.NewGuid(),
                        Configs = new() { ["cleanup.policy"] = "compact" },
                        Partitions = [new PartitionScenario { Id = 0, Leader = 1, Replicas = [1], Isr = [1], LogEndOffset = 3, Records = [Record(0, null, null), Record(1, null, null), Record(2, null, null)] }],
                    },
                ],
                Groups =
                [
                    new ConsumerGroupScenario
                    {
                        GroupId = "stock-keeper",
                        State = "Stable",
                        ProtocolType = "consumer",
                        Protocol = "range",
                        Members =
                        [
                            new GroupMemberScenario
                            {
                                MemberId = "stock-keeper-1-aaaa", ClientId = "stock-keeper-1", ClientHost = "/10.42.0.11",
                                Assignment = [new TopicPartitionsScenario { Topic = "pos.receipts", Partitions = [0, 1] }],
                            },
                            new GroupMemberScenario
                            {
                                MemberId = "stock-keeper-2-bbbb", ClientId = "stock-keeper-2", ClientHost = "/10.42.0.12",
                                Assignment = [new TopicPartitionsScenario { Topic = "pos.receipts", Partitions = [2] }, new TopicPartitionsScenario { Topic = "inventory.stock", Partitions = [0] }],
                            },
                        ],
                        Offsets =
                        [
                            new CommittedOffsetScenario { Topic = "pos.receipts", Partition = 0, Offset = 14 },
                            new CommittedOffsetScenario { Topic = "pos.receipts", Partition = 1, Offset = 2 },
                            new CommittedOffsetScenario { Topic = "inventory.stock", Partition = 0, Offset = 90 },
                        ],
                    },
                    new ConsumerGroupScenario
                    {
                        GroupId = "nightly-export",
                        State = "Empty",
                        ProtocolType = "consumer",
                        Protocol = "",
                        Offsets = [new CommittedOffsetScenario { Topic = "pos.receipts", Partition = 2, Offset = 7 }],
                    },
                    new ConsumerGroupScenario
                    {
                        GroupId = "connect-store",
                        State = "Stable",
                        ProtocolType = "connect",
                        Protocol = "sessioned",
                        Members = [new GroupMemberScenario { MemberId = "connect-1-cccc", ClientId = "connect-1", ClientHost = "/10.42.0.20" }],
                    },
                ],
                Acls =
                [
                    new AclScenario { ResourceType = "Topic", ResourceName = "pos.", PatternType = "Prefixed", Principal = "User:pos-gateway", Operation = "Write" },
                    new AclScenario { ResourceType = "Topic", ResourceName = "pos.receipts", Principal = "User:stock-keeper", Operation = "Read" },
                    new AclScenario { ResourceType = "Group", ResourceName = "stock-keeper", Principal = "User:stock-keeper", Operation = "Read" },
                    new AclScenario { ResourceType = "TransactionalId", ResourceName = "stock-keeper-tx", Principal = "User:stock-keeper", Operation = "Write" },
                    new AclScenario { ResourceType = "Cluster", ResourceName = "kafka-cluster", Principal = "User:auditor", Operation = "Describe", Permission = "Deny", Host = "10.0.0.1" },
                ],
                SchemaRegistry = new SchemaRegistryScenario
                {
                    Compatibility = "BACKWARD",
                    Subjects =
                    [
                        new SubjectScenario
                        {
                            Name = "pos.receipts-value",
                            Versions =
                            [
                                new SchemaVersionScenario { Version = 1, Id = 101, Schema = """{"type":"record","name":"Receipt","fields":[{"name":"id","type":"string"}]}""" },
                                new SchemaVersionScenario
                                {
                                    Version = 2,
                                    Id = 102,
                                    Schema = """{"type":"record","name":"Receipt","fields":[{"name":"id","type":"string"},{"name":"money","type":"Money"}]}""",
                                    References = [new SchemaReferenceScenario { Name = "Money", Subject = "money-value", Version = 1 }],
                                    Metadata = new JsonObject { ["tags"] = new JsonObject { ["Receipt.customer"] = new JsonArray("PII") }, ["properties"] = new JsonObject { ["owner"] = "store-ops" } },
                                    RuleSet = new JsonObject { ["domainRules"] = new JsonArray(new JsonObject { ["name"] = "positive", ["kind"] = "CONDITION", ["type"] = "CEL", ["mode"] = "WRITE", ["expr"] = "message.total > 0" }) },
                                },
                            ],
                        },
                        new SubjectScenario { Name = "money-value", Compatibility = "FULL", Versions = [new SchemaVersionScenario { Version = 1, Id = 100, Schema = """{"type":"record","name":"Money","fields":[]}""" }] },
                        new SubjectScenario { Name = "inventory.stock-key", Versions = [new SchemaVersionScenario { Version = 1, Id = 201, SchemaType = "JSON", Schema = """{"type":"string"}""" }] },
                        new SubjectScenario
                        {
                            Name = "inventory.stock-value",
                            Compatibility = "NONE",
                            Versions =
                            [
                                new SchemaVersionScenario { Version = 1, Id = 202, SchemaType = "PROTOBUF", Schema = "syntax = \"proto3\"; message Stock { string sku = 1; }" },
                                new SchemaVersionScenario { Version = 2, Id = 203, SchemaType = "PROTOBUF", Schema = "syntax = \"proto3\"; message Stock { string sku = 1; int32 qty = 2; }" },
                            ],
                        },
                        new SubjectScenario { Name = "old-value", Deleted = true, Versions = [new SchemaVersionScenario { Version = 1, Id = 90, Schema = "\"string\"" }] },
                    ],
                },
                Connect = new ConnectClusterScenario
                {
                    KafkaClusterId = "lkc-store-0001",
                    Connectors =
                    [
                        new ConnectorScenario
                        {
                            Name = "pos-db-source",
                            Type = "source",
                            Class = "io.debezium.connector.postgresql.PostgresConnector",
                            Config = new() { ["connector.class"] = "io.debezium.connector.postgresql.PostgresConnector", ["database.hostname"] = "pos-db", ["database.password"] = "pg-secret-1", ["topic.prefix"] = "pos" },
                            Topics = ["pos.receipts"],
                            State = "RUNNING",
                            Tasks = [new ConnectorTaskScenario { Id = 0, State = "RUNNING" }],
                        },
                        new ConnectorScenario
                        {
                            Name = "stock-s3-sink",
                            Type = "sink",
                            Class = "io.confluent.connect.s3.S3SinkConnector",
                            Config = new() { ["connector.class"] = "io.confluent.connect.s3.S3SinkConnector", ["topics"] = "inventory.stock", ["s3.bucket.name"] = "stock" },
                            Topics = ["inventory.stock"],
                            State = "PAUSED",
                            Tasks = [new ConnectorTaskScenario { Id = 0, State = "PAUSED" }, new ConnectorTaskScenario { Id = 1, State = "FAILED", Trace = "boom" }],
                        },
                    ],
                },
            },
        ],
    };
}
