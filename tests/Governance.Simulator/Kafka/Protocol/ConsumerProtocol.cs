using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Protocol;

/// <summary>
/// The embedded "consumer" protocol payloads that DescribeGroups returns as opaque bytes
/// (Kafka's ConsumerProtocolSubscription.json / ConsumerProtocolAssignment.json): always non-flexible,
/// a leading INT16 version, then the fields. Written at version 3, what Java clients since Kafka 3.x
/// send; readers of older versions parse the same prefix and ignore the rest, which is how the
/// consumer protocol stays compatible (the Assignment layout has not changed since v0).
/// </summary>
internal static class ConsumerProtocol
{
    public const short Version = 3;

    /// <summary>Assignment: <c>version | [topic | [partition]] | user_data (null)</c>.</summary>
    public static void WriteAssignment(KafkaWriter scratch, IReadOnlyList<TopicPartitionsScenario> assignment)
    {
        scratch.Flexible = false;
        scratch.WriteInt16(Version);
        WriteTopicPartitions(scratch, assignment);
        scratch.WriteNullableBytes(null); // UserData
    }

    /// <summary>
    /// Subscription (the member metadata of the chosen protocol):
    /// <c>version | [topic] | user_data | owned_partitions (v1+) | generation_id (v2+) | rack_id (v3+)</c>.
    /// The scenario knows assignments, not subscriptions, so a member is taken as subscribed to the
    /// topics it was assigned and as owning that assignment (which is what a cooperative member reports).
    /// </summary>
    public static void WriteSubscription(KafkaWriter scratch, IReadOnlyList<TopicPartitionsScenario> assignment)
    {
        scratch.Flexible = false;
        scratch.WriteInt16(Version);
        var topics = assignment.Select(a => a.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        scratch.WriteArrayLength(topics.Count);
        foreach (var topic in topics)
        {
            scratch.WriteString(topic);
        }

        scratch.WriteNullableBytes(null); // UserData
        WriteTopicPartitions(scratch, assignment);
        scratch.WriteInt32(-1); // GenerationId: unknown
        scratch.WriteNullableString(null); // RackId
    }

    private static void WriteTopicPartitions(KafkaWriter scratch, IReadOnlyList<TopicPartitionsScenario> assignment)
    {
        scratch.WriteArrayLength(assignment.Count);
        foreach (var topic in assignment)
        {
            scratch.WriteString(topic.Topic);
            scratch.WriteInt32Array(topic.Partitions);
        }
    }
}
