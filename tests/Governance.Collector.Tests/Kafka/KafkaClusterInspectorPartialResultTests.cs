using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Collector.Kafka;
using Governance.Model.Platform;
using Microsoft.Extensions.Logging.Abstractions;
using GroupMemberInfo = Confluent.Kafka.GroupMemberInfo;

namespace Governance.Collector.Tests.Kafka;

/// <summary>
/// Partial failures as Confluent.Kafka reports them (per-item errors inside DescribeConfigsException,
/// DescribeConsumerGroupsException, ListConsumerGroupOffsetsException, ListOffsetsException...): the good
/// items are kept, the rest is marked as a problem of its area.
/// </summary>
public sealed class KafkaClusterInspectorPartialResultTests
{
    private static readonly Error Ok = FakeAdmin.NoError;
    private static readonly SamplingOptions NoSampling = new() { Enabled = false };

    private static KafkaClusterInspector Inspector(FakeAdmin admin, KafkaInspectionOptions? options = null) => new(
        new KafkaClusterOptions { Alias = "store-0001", BootstrapServers = "edge-1:9092" },
        options ?? new KafkaInspectionOptions { MaxAttempts = 2, RetryBackoff = TimeSpan.FromMilliseconds(1) },
        NullLogger.Instance,
        () => admin,
        _ => throw new InvalidOperationException("no sampling in these tests"));

    private static PartitionMetadata Partition(int id) => new(id, 1, [1], [1], Ok);

    private static GroupInfo Classic(string id, string state, string protocolType, string protocol, params GroupMemberInfo[] members) =>
        new(new BrokerMetadata(1, "b1", 9092), id, Ok, state, protocolType, protocol, [.. members]);

    private static GroupInfo Classic(string id, string state, string protocolType, string protocol, Error error) =>
        new(new BrokerMetadata(1, "b1", 9092), id, error, state, protocolType, protocol, []);

    private static Metadata ThreeTopics() => new(
        [new BrokerMetadata(1, "b1", 9092)],
        [
            new TopicMetadata("orders", [Partition(0), Partition(1)], Ok),
            new TopicMetadata("payments", [Partition(0)], Ok),
            new TopicMetadata("__consumer_offsets", [Partition(0)], Ok),
            new TopicMetadata("secret-topic", [], new Error(ErrorCode.TopicAuthorizationFailed)),
        ],
        1,
        "b1");

    [Fact]
    public async Task Per_item_failures_keep_the_good_items_and_mark_the_rest()
    {
        var flakyPartition = true;
        var admin = new FakeAdmin
        {
            Metadata = ThreeTopics,
            DescribeConfigs = topics => throw new DescribeConfigsException(topics.Select(t => new DescribeConfigsReport
            {
                ConfigResource = new ConfigResource { Type = ResourceType.Topic, Name = t },
                Entries = new Dictionary<string, ConfigEntryResult>
                {
                    ["retention.ms"] = new() { Name = "retention.ms", Value = "1000", Source = ConfigSource.DynamicTopicConfig },
                },
                Error = t == "payments" ? new Error(ErrorCode.TopicAuthorizationFailed, "denied") : Ok,
            }).ToList()),
            ListOffsets = (partitions, spec) =>
            {
                if (spec is OffsetSpec.EarliestSpec)
                {
                    return new ListOffsetsResult { ResultInfos = partitions.Select(p => FakeAdmin.Offset(p.Topic, p.Partition, 2)).ToList() };
                }

                // orders[1] moves leader once (retried), payments[0] stays unreadable.
                var infos = partitions.Select(p => (p.Topic, p.Partition.Value) switch
                {
                    ("orders", 1) when flakyPartition => FakeAdmin.Offset(p.Topic, p.Partition, -1, ErrorCode.NotLeaderForPartition),
                    ("payments", 0) => FakeAdmin.Offset(p.Topic, p.Partition, -1, ErrorCode.TopicAuthorizationFailed),
                    _ => FakeAdmin.Offset(p.Topic, p.Partition, 20),
                }).ToList();
                if (infos.Any(i => i.TopicPartitionOffsetError.Error.Code == ErrorCode.NotLeaderForPartition))
                {
                    flakyPartition = false;
                }

                throw new ListOffsetsException(new ListOffsetsReport { Error = new Error(ErrorCode.Local_Partial), ResultInfos = infos });
            },
            ClassicGroups = () =>
            [
                Classic("billing", "Stable", "consumer", "range",
                    new GroupMemberInfo("billing-m1", "billing", "/10.0.0.1", [], ConsumerProtocolAssignment.Encode([new TopicPartitionRef("orders", 0)])),
                    new GroupMemberInfo("billing-m2", "billing", "/10.0.0.2", [], [0, 0, 0, 0, 0, 9])),
                Classic("audit", "", "consumer", "", new Error(ErrorCode.GroupLoadInProgress, "loading")),
                Classic("denied-group", "Empty", "", ""),
                Classic("connect-cluster", "Stable", "connect", "sessioned", new GroupMemberInfo("w1", "connect-1", "/10.0.0.7", [], [1, 2, 3])),
            ],
            DescribeConsumerGroups = groups => throw new DescribeConsumerGroupsException(new DescribeConsumerGroupsReport
            {
                ConsumerGroupDescriptions = groups.Select(g => new ConsumerGroupDescription { GroupId = g, Error = new Error(ErrorCode.GroupAuthorizationFailed, "no") }).ToList(),
            }),
            ListConsumerGroupOffsets = group => group switch
            {
                "billing" => throw new ListConsumerGroupOffsetsException(
                [
                    new ListConsumerGroupOffsetsReport
                    {
                        Group = group,
                        Error = Ok,
                        Partitions =
                        [
                            new TopicPartitionOffsetError(new TopicPartition("orders", 0), new Offset(15), Ok, null),
                            new TopicPartitionOffsetError(new TopicPartition("orders", 1), Offset.Unset, new Error(ErrorCode.UnstableOffsetCommit), null),
                        ],
                    },
                ]),
                "denied-group" => throw new ListConsumerGroupOffsetsException([new ListConsumerGroupOffsetsReport { Group = group, Error = new Error(ErrorCode.GroupAuthorizationFailed), Partitions = [] }]),
                _ => [new ListConsumerGroupOffsetsResult { Group = group, Partitions = [new TopicPartitionOffsetError(new TopicPartition("orders", 1), new Offset(3), Ok, null)] }],
            },
            DescribeAcls = () => throw new DescribeAclsException(new DescribeAclsReport { Error = new Error(ErrorCode.ClusterAuthorizationFailed, "not allowed"), AclBindings = [] }),
        };
        using var inspector = Inspector(admin);

        var snapshot = await inspector.InspectAsync(NoSampling);

        // Metadata: the unauthorized topic is reported, the others are there with the brokers' internal flag.
        Assert.Equal("fake-cluster", snapshot.Identity.ClusterId);
        Assert.Equal(["edge-1:9092", "b1:9092"], snapshot.Identity.BootstrapServers);
        Assert.Equal(["__consumer_offsets", "orders", "payments"], snapshot.Topics.Select(t => t.Name));
        Assert.True(snapshot.Topics[0].IsInternal);

        // Configs: payments failed (null), the others kept.
        var orders = snapshot.Topics.Single(t => t.Name == "orders");
        var payments = snapshot.Topics.Single(t => t.Name == "payments");
        Assert.Equal("1000", orders.Configs!["retention.ms"]);
        Assert.Null(payments.Configs);

        // Watermarks: orders[1] retried after a leader move; payments[0] has only its low watermark.
        Assert.Equal([(2L, 20L), (2L, 20L)], orders.Partitions.Select(p => (p.LowWatermark!.Value, p.HighWatermark!.Value)));
        Assert.Equal(2, payments.Partitions[0].LowWatermark);
        Assert.Null(payments.Partitions[0].HighWatermark);

        // Groups: audit kept undescribed, billing with its readable offsets and decoded assignment, the Connect worker group included.
        Assert.Equal(["audit", "billing", "connect-cluster", "denied-group"], snapshot.Groups.Select(g => g.GroupId));
        var audit = snapshot.Groups[0];
        Assert.Equal(("Unknown", "consumer"), (audit.State, audit.ProtocolType));
        Assert.Empty(audit.Members);
        var billing = snapshot.Groups[1];
        Assert.Equal([new CommittedOffset("orders", 0, 15)], billing.Offsets);
        Assert.Equal(["billing-m1", "billing-m2"], billing.Members.Select(m => m.MemberId));
        Assert.Equal([new TopicPartitionRef("orders", 0)], billing.Members[0].Assignment);
        Assert.Empty(billing.Members[1].Assignment);
        Assert.Equal(("Stable", "consumer", "range"), (billing.State, billing.ProtocolType, billing.Protocol));
        Assert.Equal(("Empty", ""), (snapshot.Groups[3].State, snapshot.Groups[3].ProtocolType));
        Assert.Equal(1, admin.Calls["DescribeConsumerGroups"]);
        var connect = snapshot.Groups[2];
        Assert.Equal(("connect", "sessioned", "w1"), (connect.ProtocolType, connect.Protocol, connect.Members.Single().MemberId));
        Assert.Equal([new CommittedOffset("orders", 1, 3)], connect.Offsets);
        Assert.Empty(snapshot.Groups[3].Offsets);

        // ACLs: not permitted is not a failure.
        Assert.Null(snapshot.Acls);
        Assert.False(snapshot.Completeness.Failed(ScanArea.Acls));

        var problems = snapshot.Completeness.Problems;
        Assert.Contains(problems, p => p.Area == ScanArea.Metadata && p.Message.Contains("secret-topic", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Area == ScanArea.TopicConfigs && p.Message.Contains("1 of 3 topics failed: TopicAuthorizationFailed ×1 (payments)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Area == ScanArea.Offsets && p.Message.Contains("ListOffsets(latest): 1 of 4 partitions failed", StringComparison.Ordinal) && p.Message.Contains("payments[0]", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Area == ScanArea.Offsets && p.Message.Contains("orders[1]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Area == ScanArea.ConsumerGroups && p.Message.Contains("DescribeGroups", StringComparison.Ordinal) && p.Message.Contains("GroupAuthorizationFailed ×1 (audit)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Area == ScanArea.ConsumerGroups && p.Message.Contains("assignments of 1 members could not be decoded", StringComparison.Ordinal) && p.Message.Contains("billing/billing-m2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Area == ScanArea.ConsumerGroups && p.Message.Contains("billing: orders[1]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Area == ScanArea.ConsumerGroups && p.Message.Contains("GroupAuthorizationFailed ×1 (denied-group)", StringComparison.Ordinal));
        Assert.False(snapshot.Completeness.Failed(ScanArea.Sampling));
    }

    [Fact]
    public async Task An_invalid_offset_reported_as_success_is_retried_and_never_kept()
    {
        var answers = 0;
        var admin = new FakeAdmin
        {
            Metadata = ThreeTopics,
            ListOffsets = (partitions, spec) =>
            {
                var first = Interlocked.Increment(ref answers) <= 2;
                return new ListOffsetsResult { ResultInfos = partitions.Select(p => FakeAdmin.Offset(p.Topic, p.Partition, first ? Offset.Unset.Value : 5)).ToList() };
            },
        };
        using var inspector = Inspector(admin);

        var snapshot = await inspector.InspectAsync(NoSampling);

        Assert.False(snapshot.Completeness.Failed(ScanArea.Offsets), string.Join(" | ", snapshot.Completeness.Problems));
        Assert.All(snapshot.Topics.SelectMany(t => t.Partitions), p => Assert.Equal((5L, 5L), (p.LowWatermark!.Value, p.HighWatermark!.Value)));
        Assert.Equal(4, admin.Calls["ListOffsets"]);

        admin.ListOffsets = (partitions, _) => new ListOffsetsResult { ResultInfos = partitions.Select(p => FakeAdmin.Offset(p.Topic, p.Partition, -1)).ToList() };
        snapshot = await inspector.InspectAsync(NoSampling);
        Assert.All(snapshot.Topics.SelectMany(t => t.Partitions), p => Assert.Null(p.HighWatermark));
        Assert.Contains(snapshot.Completeness.Problems, p => p.Area == ScanArea.Offsets && p.Message.Contains("OffsetNotAvailable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_metadata_every_topic_area_is_marked_and_groups_are_still_read()
    {
        var admin = new FakeAdmin
        {
            DescribeCluster = () => throw new KafkaException(ErrorCode.Local_Transport),
            Metadata = () => throw new KafkaException(ErrorCode.Local_AllBrokersDown),
            ClassicGroups = () => [Classic("g", "Empty", "consumer", "")],
        };
        using var inspector = Inspector(admin);

        var snapshot = await inspector.InspectAsync(new SamplingOptions());

        Assert.Null(snapshot.Identity.ClusterId);
        Assert.Empty(snapshot.Topics);
        foreach (var area in new[] { ScanArea.Metadata, ScanArea.TopicConfigs, ScanArea.Offsets, ScanArea.Sampling })
        {
            Assert.True(snapshot.Completeness.Failed(area), $"{area} should be marked");
        }

        Assert.Equal(["g"], snapshot.Groups.Select(g => g.GroupId));
        Assert.Equal(2, admin.Calls["Metadata"]); // retried once (MaxAttempts = 2)
        Assert.Equal(2, admin.Calls["DescribeCluster"]);
    }

    [Fact]
    public async Task Acls_without_an_authorizer_are_an_empty_list_and_other_errors_a_problem()
    {
        var admin = new FakeAdmin { DescribeAcls = () => throw new DescribeAclsException(new DescribeAclsReport { Error = new Error(ErrorCode.SecurityDisabled), AclBindings = [] }) };
        using (var inspector = Inspector(admin))
        {
            var snapshot = await inspector.InspectAsync(NoSampling);
            Assert.NotNull(snapshot.Acls);
            Assert.Empty(snapshot.Acls);
            Assert.True(snapshot.Completeness.IsComplete);
        }

        admin = new FakeAdmin { DescribeAcls = () => throw new KafkaException(ErrorCode.Local_TimedOut) };
        using (var inspector = Inspector(admin))
        {
            var snapshot = await inspector.InspectAsync(NoSampling);
            Assert.Null(snapshot.Acls);
            Assert.Contains(snapshot.Completeness.Problems, p => p.Area == ScanArea.Acls && p.Message.Contains("Local_TimedOut", StringComparison.Ordinal));
            Assert.Equal(2, admin.Calls["DescribeAcls"]);
        }
    }

    [Fact]
    public async Task Acls_are_mapped_and_sorted()
    {
        AclBinding Binding(ResourceType type, string name, string principal, AclOperation operation) => new()
        {
            Pattern = new ResourcePattern { Type = type, Name = name, ResourcePatternType = ResourcePatternType.Literal },
            Entry = new AccessControlEntry { Principal = principal, Host = "*", Operation = operation, PermissionType = AclPermissionType.Allow },
        };
        var admin = new FakeAdmin
        {
            DescribeAcls = () => new DescribeAclsResult
            {
                AclBindings =
                [
                    Binding(ResourceType.Topic, "orders", "User:b", AclOperation.Read),
                    Binding((ResourceType)5, "tx-1", "User:a", AclOperation.Write),
                    Binding(ResourceType.Group, "billing", "User:b", AclOperation.Read),
                ],
            },
        };
        using var inspector = Inspector(admin);

        var snapshot = await inspector.InspectAsync(NoSampling);

        Assert.Equal(["Group", "Topic", "TransactionalId"], snapshot.Acls!.Select(a => a.ResourceType));
    }

    [Fact]
    public async Task Batched_calls_are_chunked_and_the_admin_client_is_created_once_and_disposed()
    {
        var names = Enumerable.Range(0, 25).Select(i => $"t{i:D2}").ToList();
        var created = 0;
        var admin = new FakeAdmin
        {
            Metadata = () => new Metadata([new BrokerMetadata(1, "b1", 9092)], names.Select(n => new TopicMetadata(n, [Partition(0), Partition(1)], Ok)).ToList(), 1, "b1"),
            ClassicGroups = () => [.. Enumerable.Range(0, 7).Select(i => Classic($"g{i}", "Empty", "consumer", ""))],
        };
        var options = new KafkaInspectionOptions { DescribeTopicsBatchSize = 10, DescribeConfigsBatchSize = 10, ListOffsetsBatchSize = 20, DescribeGroupsBatchSize = 3 };
        var inspector = new KafkaClusterInspector(
            new KafkaClusterOptions { Alias = "cloud", BootstrapServers = "b1:9092" }, options, NullLogger.Instance,
            () => { created++; return admin; }, _ => throw new InvalidOperationException());

        await inspector.InspectAsync(NoSampling);
        var snapshot = await inspector.InspectAsync(NoSampling);
        inspector.Dispose();

        Assert.True(snapshot.Completeness.IsComplete, string.Join("; ", snapshot.Completeness.Problems));
        Assert.Equal(1, created);
        Assert.True(admin.Disposed);
        Assert.Equal(2 * 3, admin.Calls["DescribeTopics"]);     // 25 topics / 10, twice
        Assert.Equal(2 * 3, admin.Calls["DescribeConfigs"]);
        Assert.Equal(2 * 2 * 3, admin.Calls["ListOffsets"]);    // 50 partitions / 20, earliest and latest, twice
        Assert.Equal(2, admin.Calls["ListGroups"]);             // classic: ListGroups + DescribeGroups per broker inside librdkafka
        Assert.False(admin.Calls.ContainsKey("DescribeConsumerGroups"));
        Assert.Equal(2 * 7, admin.Calls["ListConsumerGroupOffsets"]);
        Assert.Equal(2, admin.Calls["Metadata"]);
        Assert.Equal(3, inspector.CallCounts["DescribeConfigs"] / 2);
    }
}
