using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Collector.Kafka;

namespace Governance.Collector.Tests.Kafka;

/// <summary>Scripted admin calls: each one a delegate, so tests can answer with per-item errors (Confluent's {Op}Exception types).</summary>
internal sealed class FakeAdmin : IKafkaAdminOperations
{
    public static readonly Error NoError = new(ErrorCode.NoError);

    public Func<DescribeClusterResult> DescribeCluster { get; set; } = () => new DescribeClusterResult
    {
        ClusterId = "fake-cluster",
        Nodes = [new Node { Id = 1, Host = "b1", Port = 9092 }],
        Controller = new Node { Id = 1, Host = "b1", Port = 9092 },
    };

    public Func<Metadata> Metadata { get; set; } = () => new Metadata([new BrokerMetadata(1, "b1", 9092)], [], 1, "b1");

    public Func<IReadOnlyCollection<string>, DescribeTopicsResult>? DescribeTopics { get; set; }

    public Func<IReadOnlyCollection<string>, List<DescribeConfigsResult>> DescribeConfigs { get; set; } = topics =>
        topics.Select(t => new DescribeConfigsResult { ConfigResource = new ConfigResource { Type = ResourceType.Topic, Name = t }, Entries = [] }).ToList();

    public Func<IReadOnlyCollection<TopicPartition>, OffsetSpec, ListOffsetsResult> ListOffsets { get; set; } = (partitions, spec) => new ListOffsetsResult
    {
        ResultInfos = partitions.Select(p => Offset(p.Topic, p.Partition, spec is OffsetSpec.EarliestSpec ? 0 : 10)).ToList(),
    };

    public Func<IReadOnlyCollection<string>, DescribeConsumerGroupsResult> DescribeConsumerGroups { get; set; } = groups => new DescribeConsumerGroupsResult
    {
        ConsumerGroupDescriptions = groups.Select(g => new ConsumerGroupDescription { GroupId = g, State = ConsumerGroupState.Empty, Error = NoError, Members = [] }).ToList(),
    };

    public Func<string, List<ListConsumerGroupOffsetsResult>> ListConsumerGroupOffsets { get; set; } = group => [new ListConsumerGroupOffsetsResult { Group = group, Partitions = [] }];

    public Func<List<GroupInfo>> ClassicGroups { get; set; } = () => [];

    public Func<DescribeAclsResult> DescribeAcls { get; set; } = () => new DescribeAclsResult { AclBindings = [] };

    public Dictionary<string, int> Calls { get; } = [];

    public bool Disposed { get; private set; }

    public static ListOffsetsResultInfo Offset(string topic, int partition, long offset, ErrorCode error = ErrorCode.NoError) => new()
    {
        TopicPartitionOffsetError = new TopicPartitionOffsetError(new TopicPartition(topic, partition), new Offset(offset), new Error(error), null),
    };

    private T Call<T>(string name, Func<T> call)
    {
        lock (Calls)
        {
            Calls[name] = Calls.GetValueOrDefault(name) + 1;
        }

        return call();
    }

    public Task<DescribeClusterResult> DescribeClusterAsync(TimeSpan timeout) => Task.Run(() => Call("DescribeCluster", DescribeCluster));

    public Metadata GetMetadata(TimeSpan timeout) => Call("Metadata", Metadata);

    public Task<DescribeTopicsResult> DescribeTopicsAsync(IReadOnlyCollection<string> topics, TimeSpan timeout) => Task.Run(() => Call("DescribeTopics", () =>
        DescribeTopics is { } describe ? describe(topics) : DefaultDescribeTopics(topics)));

    private DescribeTopicsResult DefaultDescribeTopics(IReadOnlyCollection<string> topics)
    {
        var metadata = Metadata();
        return new DescribeTopicsResult
        {
            TopicDescriptions = topics.Select(t => metadata.Topics.Single(m => m.Topic == t)).Select(m => new TopicDescription
            {
                Name = m.Topic,
                Error = NoError,
                IsInternal = m.Topic.StartsWith("__", StringComparison.Ordinal),
                Partitions = m.Partitions.Select(p => new TopicPartitionInfo
                {
                    Partition = p.PartitionId,
                    Leader = new Node { Id = p.Leader, Host = "b", Port = 1 },
                    Replicas = p.Replicas.Select(r => new Node { Id = r }).ToList(),
                    ISR = p.InSyncReplicas.Select(r => new Node { Id = r }).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }

    public Task<List<DescribeConfigsResult>> DescribeConfigsAsync(IReadOnlyCollection<string> topics, TimeSpan timeout) =>
        Task.Run(() => Call("DescribeConfigs", () => DescribeConfigs(topics)));

    public Task<ListOffsetsResult> ListOffsetsAsync(IReadOnlyCollection<TopicPartition> partitions, OffsetSpec spec, TimeSpan timeout) =>
        Task.Run(() => Call("ListOffsets", () => ListOffsets(partitions, spec)));

    public Task<DescribeConsumerGroupsResult> DescribeConsumerGroupsAsync(IReadOnlyCollection<string> groups, TimeSpan timeout) =>
        Task.Run(() => Call("DescribeConsumerGroups", () => DescribeConsumerGroups(groups)));

    public Task<List<ListConsumerGroupOffsetsResult>> ListConsumerGroupOffsetsAsync(string group, TimeSpan timeout) =>
        Task.Run(() => Call("ListConsumerGroupOffsets", () => ListConsumerGroupOffsets(group)));

    public List<GroupInfo> ListGroups(TimeSpan timeout) => Call("ListGroups", ClassicGroups);

    public Task<DescribeAclsResult> DescribeAclsAsync(AclBindingFilter filter, TimeSpan timeout) => Task.Run(() => Call("DescribeAcls", DescribeAcls));

    public void Dispose() => Disposed = true;
}
