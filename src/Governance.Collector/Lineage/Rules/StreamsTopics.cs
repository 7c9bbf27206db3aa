using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// Kafka Streams internal topics of one cluster, <c>&lt;application.id&gt;-&lt;name&gt;-changelog</c> and
/// <c>-repartition</c>, each attributed to the Streams group whose id is the longest prefix of its name
/// (so <c>orders-enricher-store-changelog</c> belongs to <c>orders-enricher</c>, not to <c>orders</c>).
/// Only groups that can be Streams apps qualify: assignor <c>stream</c>, or none reported (Empty group).
/// </summary>
internal sealed class StreamsTopics
{
    private const string Changelog = "-changelog";
    private const string Repartition = "-repartition";

    private readonly Dictionary<string, string> _owners;
    private readonly ILookup<string, string> _byOwner;

    private StreamsTopics(Dictionary<string, string> owners)
    {
        _owners = owners;
        _byOwner = owners.ToLookup(o => o.Value, o => o.Key, StringComparer.Ordinal);
    }

    public static StreamsTopics Find(ClusterView cluster)
    {
        var candidates = cluster.Snapshot.Groups
            .Where(g => g.ProtocolType is "consumer" or "" && g.Protocol is "stream" or "")
            .Select(g => g.GroupId)
            .OrderByDescending(id => id.Length)
            .ToList();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in cluster.Topics.Keys)
        {
            var suffix = IsChangelog(topic) ? Changelog : topic.EndsWith(Repartition, StringComparison.Ordinal) ? Repartition : null;
            if (suffix is null)
            {
                continue;
            }

            // <application.id>-<at least one character>-changelog
            if (candidates.FirstOrDefault(id => topic.StartsWith(id + "-", StringComparison.Ordinal) && topic.Length > id.Length + 1 + suffix.Length) is { } owner)
            {
                owners[topic] = owner;
            }
        }

        return new StreamsTopics(owners);
    }

    public static bool IsChangelog(string topic) => topic.EndsWith(Changelog, StringComparison.Ordinal);

    public static Evidence Evidence(string topic, string applicationId) => new(EvidenceKind.StreamsInternalTopic,
        $"{topic} is a Kafka Streams {(IsChangelog(topic) ? "changelog" : "repartition")} topic of application.id {applicationId}");

    /// <summary>The application.id owning an internal topic, if any.</summary>
    public string? Owner(string topic) => _owners.GetValueOrDefault(topic);

    public IEnumerable<string> OwnedBy(string applicationId) => _byOwner[applicationId].Order(StringComparer.Ordinal);

    /// <summary>A Streams app: the <c>stream</c> assignor, or internal topics named after the group.</summary>
    public bool IsStreamsApp(ConsumerGroupInfo group) => group.Protocol == "stream" || _byOwner.Contains(group.GroupId);
}
