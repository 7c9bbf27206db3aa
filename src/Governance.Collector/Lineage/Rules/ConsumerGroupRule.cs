using System.Globalization;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// Consumer groups as streaming jobs named after the group: inputs are the topics the group committed
/// offsets on plus the topics assigned to its members. A group without either has no edge, hence no job.
/// Groups of Connect workers (protocol type <c>connect</c>) coordinate workers and move no data; groups
/// of sink connectors belong to the connector's job (see <see cref="ConnectRule"/>). Kafka Streams apps
/// (see <see cref="StreamsTopics"/>) additionally get their changelog and repartition topics as outputs.
/// </summary>
internal static class ConsumerGroupRule
{
    private const string ConnectGroupPrefix = "connect-";

    public static void Apply(InferenceContext context)
    {
        foreach (var cluster in context.Platform.Clusters)
        {
            var streams = StreamsTopics.Find(cluster);
            foreach (var group in cluster.Snapshot.Groups)
            {
                if (group.ProtocolType == "connect" || context.ConnectorGroups.ContainsKey((cluster.Namespace, group.GroupId)))
                {
                    continue;
                }

                var (name, kind) = Identify(cluster, group, streams);
                foreach (var (topic, evidence) in Consumed(group).Where(c => cluster.CanReference(c.Topic)))
                {
                    context.Builder.AddInput(cluster, name, kind, cluster.Dataset(topic), evidence);
                    if (streams.Owner(topic) == group.GroupId)
                    {
                        // A repartition topic is read back by the app that wrote it.
                        context.Builder.AddInput(cluster, name, kind, cluster.Dataset(topic), StreamsTopics.Evidence(topic, group.GroupId));
                    }
                }

                foreach (var topic in streams.OwnedBy(group.GroupId).Where(cluster.CanReference))
                {
                    context.Builder.AddOutput(cluster, name, kind, cluster.Dataset(topic), StreamsTopics.Evidence(topic, group.GroupId));
                    if (StreamsTopics.IsChangelog(topic))
                    {
                        context.Changelogs.Add(cluster.Dataset(topic));
                    }
                }
            }
        }
    }

    /// <summary>The topics a group reads, each with its evidence (committed offsets first, then assignments).</summary>
    public static IEnumerable<(string Topic, Evidence Evidence)> Consumed(ConsumerGroupInfo group)
    {
        // -1 is Kafka's "no committed offset": not a sign of reading.
        foreach (var committed in group.Offsets.Where(o => o.Offset >= 0).GroupBy(o => o.Topic, StringComparer.Ordinal))
        {
            yield return (committed.Key, new Evidence(EvidenceKind.CommittedOffsets,
                $"group {group.GroupId} committed offsets on {Partitions(committed.Select(o => o.Partition))} of {committed.Key}"));
        }

        foreach (var assigned in group.Members
            .SelectMany(m => m.Assignment.Select(a => (Member: m, a.Topic, a.Partition)))
            .GroupBy(a => a.Topic, StringComparer.Ordinal))
        {
            var clients = string.Join(", ", assigned.Select(a => a.Member.ClientId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            yield return (assigned.Key, new Evidence(EvidenceKind.MemberAssignment,
                $"group {group.GroupId} members ({clients}) are assigned {Partitions(assigned.Select(a => a.Partition))} of {assigned.Key}"));
        }
    }

    /// <summary>
    /// The job a group stands for. Without an authoritative connector list, a <c>connect-&lt;name&gt;</c>
    /// group is taken for the sink connector <c>&lt;name&gt;</c> it almost certainly is, so that the
    /// job keeps its identity whether or not the Connect scan worked.
    /// </summary>
    private static (string Name, JobKind Kind) Identify(ClusterView cluster, ConsumerGroupInfo group, StreamsTopics streams)
    {
        if (!cluster.ConnectKnown && group.GroupId.StartsWith(ConnectGroupPrefix, StringComparison.Ordinal) && group.GroupId.Length > ConnectGroupPrefix.Length)
        {
            return (group.GroupId[ConnectGroupPrefix.Length..], JobKind.Connector);
        }

        return (group.GroupId, streams.IsStreamsApp(group) ? JobKind.StreamsApp : JobKind.ConsumerGroup);
    }

    private static string Partitions(IEnumerable<int> partitions)
    {
        var list = partitions.Distinct().Order().ToList();
        return list.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"partition {list[0]}")
            : string.Create(CultureInfo.InvariantCulture, $"{list.Count} partitions");
    }
}
