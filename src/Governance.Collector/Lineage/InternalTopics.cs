using System.Text.RegularExpressions;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage;

/// <summary>
/// Topics that are plumbing, not data: they are read for inference (e.g. <c>__consumer_offsets</c> is
/// where groups live) but never become catalog datasets or lineage endpoints.
/// </summary>
public static partial class InternalTopics
{
    /// <summary>
    /// True for topics the broker flags internal and for the well-known infrastructure names:
    /// <c>__*</c> (Kafka: consumer offsets, transaction state, KRaft metadata), <c>_schemas</c> and
    /// <c>_confluent*</c> (Schema Registry, Confluent Platform, ksqlDB), Kafka Connect's storage
    /// topics (<c>connect-configs</c>/<c>-offsets</c>/<c>-status</c>, with or without a prefix), and
    /// MirrorMaker 2's own topics, with MM2's own definition of internal (<c>*.internal</c>,
    /// <c>*-internal</c>, <c>.*</c>) plus <c>heartbeats</c> and its replicas <c>&lt;alias&gt;.heartbeats</c>.
    /// Kafka Streams changelog and repartition topics are NOT internal here: they are the app's outputs.
    /// </summary>
    public static bool IsInternal(TopicInfo topic) => topic.IsInternal || IsInternal(topic.Name);

    /// <inheritdoc cref="IsInternal(TopicInfo)"/>
    public static bool IsInternal(string topic) =>
        topic.StartsWith("__", StringComparison.Ordinal)
        || topic.StartsWith('.')
        || topic.StartsWith("_schemas", StringComparison.Ordinal)
        || topic.StartsWith("_confluent", StringComparison.Ordinal)
        || topic.EndsWith(".internal", StringComparison.Ordinal)
        || topic.EndsWith("-internal", StringComparison.Ordinal)
        || topic == "heartbeats"
        || topic.EndsWith(".heartbeats", StringComparison.Ordinal)
        || ConnectStorageTopic().IsMatch(topic);

    // connect-configs, connect-offsets, connect-status and prefixed variants (docker-connect-configs,
    // connect-cluster-offsets): the defaults and common spellings of a distributed worker's storage topics.
    [GeneratedRegex(@"^(?:.+[._-])?connect[._-](?:cluster[._-])?(?:configs?|offsets?|status(?:es)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectStorageTopic();
}
