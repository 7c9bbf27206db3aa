using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Governance.Collector.Kafka;

/// <summary>
/// The admin calls the inspector makes, as a seam for tests (Confluent's extension methods such as
/// DescribeTopicsAsync need the concrete admin client). One implementation wraps the real client.
/// ListConsumerGroupsAsync is left out on purpose: in Confluent.Kafka 2.15.1 its result handling destroys
/// the per-broker errors it does not own (<c>new Error(IntPtr)</c>), and librdkafka frees them again with the
/// event, so a listing with any broker error aborts the process (double free). The classic ListGroups is used instead.
/// </summary>
internal interface IKafkaAdminOperations : IDisposable
{
    Task<DescribeClusterResult> DescribeClusterAsync(TimeSpan timeout);

    /// <summary>Full metadata (all topics). Blocking: librdkafka's call is synchronous.</summary>
    Metadata GetMetadata(TimeSpan timeout);

    Task<DescribeTopicsResult> DescribeTopicsAsync(IReadOnlyCollection<string> topics, TimeSpan timeout);

    Task<List<DescribeConfigsResult>> DescribeConfigsAsync(IReadOnlyCollection<string> topics, TimeSpan timeout);

    Task<ListOffsetsResult> ListOffsetsAsync(IReadOnlyCollection<TopicPartition> partitions, OffsetSpec spec, TimeSpan timeout);

    Task<DescribeConsumerGroupsResult> DescribeConsumerGroupsAsync(IReadOnlyCollection<string> groups, TimeSpan timeout);

    /// <summary>Committed offsets of one group on all partitions (librdkafka accepts exactly one group per call).</summary>
    Task<List<ListConsumerGroupOffsetsResult>> ListConsumerGroupOffsetsAsync(string group, TimeSpan timeout);

    /// <summary>Classic ListGroups + DescribeGroups on every broker (all protocol types). Blocking.</summary>
    List<GroupInfo> ListGroups(TimeSpan timeout);

    Task<DescribeAclsResult> DescribeAclsAsync(AclBindingFilter filter, TimeSpan timeout);
}

/// <summary>The real admin client behind <see cref="IKafkaAdminOperations"/>.</summary>
internal sealed class KafkaAdminOperations(IAdminClient admin) : IKafkaAdminOperations
{
    public Task<DescribeClusterResult> DescribeClusterAsync(TimeSpan timeout) =>
        admin.DescribeClusterAsync(new DescribeClusterOptions { RequestTimeout = timeout });

    public Metadata GetMetadata(TimeSpan timeout) => admin.GetMetadata(timeout);

    public Task<DescribeTopicsResult> DescribeTopicsAsync(IReadOnlyCollection<string> topics, TimeSpan timeout) =>
        admin.DescribeTopicsAsync(TopicCollection.OfTopicNames(topics), new DescribeTopicsOptions { RequestTimeout = timeout });

    public Task<List<DescribeConfigsResult>> DescribeConfigsAsync(IReadOnlyCollection<string> topics, TimeSpan timeout) =>
        admin.DescribeConfigsAsync(
            topics.Select(t => new ConfigResource { Type = ResourceType.Topic, Name = t }).ToList(),
            new DescribeConfigsOptions { RequestTimeout = timeout });

    public Task<ListOffsetsResult> ListOffsetsAsync(IReadOnlyCollection<TopicPartition> partitions, OffsetSpec spec, TimeSpan timeout) =>
        admin.ListOffsetsAsync(
            partitions.Select(tp => new TopicPartitionOffsetSpec { TopicPartition = tp, OffsetSpec = spec }).ToList(),
            new ListOffsetsOptions { RequestTimeout = timeout, IsolationLevel = IsolationLevel.ReadUncommitted });

    public Task<DescribeConsumerGroupsResult> DescribeConsumerGroupsAsync(IReadOnlyCollection<string> groups, TimeSpan timeout) =>
        admin.DescribeConsumerGroupsAsync(groups, new DescribeConsumerGroupsOptions { RequestTimeout = timeout });

    public Task<List<ListConsumerGroupOffsetsResult>> ListConsumerGroupOffsetsAsync(string group, TimeSpan timeout) =>
        admin.ListConsumerGroupOffsetsAsync(
            [new ConsumerGroupTopicPartitions(group, null)],
            new ListConsumerGroupOffsetsOptions { RequestTimeout = timeout, RequireStableOffsets = false });

    public List<GroupInfo> ListGroups(TimeSpan timeout) => admin.ListGroups(timeout);

    public Task<DescribeAclsResult> DescribeAclsAsync(AclBindingFilter filter, TimeSpan timeout) =>
        admin.DescribeAclsAsync(filter, new DescribeAclsOptions { RequestTimeout = timeout });

    public void Dispose() => admin.Dispose();
}
