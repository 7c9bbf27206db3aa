using Governance.Collector.Identity;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage;

/// <summary>One scanned cluster with the lookups the rules need.</summary>
internal sealed class ClusterView
{
    // Sorted so that the topics with a prefix (prefixed ACLs) are one contiguous range.
    private readonly string[] _sortedUserTopics;

    public ClusterView(ClusterSnapshot snapshot)
    {
        Snapshot = snapshot;
        Namespace = ClusterNamespaces.For(snapshot.Identity);
        Topics = snapshot.Topics
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(t => t.Key, t => t.First(), StringComparer.Ordinal);
        _sortedUserTopics = Topics.Values.Where(t => !InternalTopics.IsInternal(t)).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
    }

    public ClusterSnapshot Snapshot { get; }

    public string Alias => Snapshot.Identity.Alias;

    public string Namespace { get; }

    public IReadOnlyDictionary<string, TopicInfo> Topics { get; }

    /// <summary>Whether the topic list is authoritative (a topic missing from it does not exist).</summary>
    public bool MetadataComplete => !Snapshot.Completeness.Failed(ScanArea.Metadata);

    /// <summary>Connectors, or none when this cluster has no Connect or its scan failed.</summary>
    public IReadOnlyList<ConnectorInfo> Connectors => ConnectKnown ? Snapshot.Connect!.Connectors : [];

    /// <summary>Whether the Connect scan succeeded, so its connector list is authoritative.</summary>
    public bool ConnectKnown => Snapshot.Connect is not null && !Snapshot.Completeness.Failed(ScanArea.Connect);

    /// <summary>User topics (existing, not internal), in ordinal order.</summary>
    public IReadOnlyList<string> UserTopics => _sortedUserTopics;

    public bool IsInternal(string topic) =>
        Topics.TryGetValue(topic, out var info) ? InternalTopics.IsInternal(info) : InternalTopics.IsInternal(topic);

    /// <summary>
    /// Whether an edge may point at this topic: a user topic that exists. Without an authoritative
    /// topic list existence is assumed; with one, a topic it lacks is gone, and lineage to it would
    /// only resurrect a deleted dataset.
    /// </summary>
    public bool CanReference(string topic) =>
        !string.IsNullOrEmpty(topic) && !IsInternal(topic) && (Topics.ContainsKey(topic) || !MetadataComplete);

    /// <summary>User topics starting with <paramref name="prefix"/>, in ordinal order.</summary>
    public IEnumerable<string> UserTopicsWithPrefix(string prefix)
    {
        var index = Array.BinarySearch(_sortedUserTopics, prefix, StringComparer.Ordinal);
        for (var i = index >= 0 ? index : ~index; i < _sortedUserTopics.Length && _sortedUserTopics[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sortedUserTopics[i];
        }
    }

    public DatasetRef Dataset(string topic) => new(Namespace, topic);
}
