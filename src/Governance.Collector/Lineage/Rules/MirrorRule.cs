using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// MirrorMaker 2 cross-cluster edges. A <c>MirrorSourceConnector</c> (on any scanned Connect cluster)
/// with <c>source.cluster.alias</c>, <c>target.cluster.alias</c> and <c>topics</c> becomes a Mirror job
/// named after the connector, on the namespace of the cluster whose Connect runs it. Its inputs are the
/// source cluster's topics that MM2's topic filter selects (<c>topics</c> and <c>topics.exclude</c>,
/// regex lists, full match), on the source cluster's namespace (found by alias, else by
/// <c>source.cluster.bootstrap.servers</c>); its outputs are the replicas on the target cluster,
/// named by the replication policy: <c>&lt;source alias&gt;&lt;separator&gt;&lt;topic&gt;</c>
/// (DefaultReplicationPolicy, separator <c>replication.policy.separator</c>, default ".") or the
/// topic's own name (IdentityReplicationPolicy). Checkpoint and heartbeat connectors move no user data.
/// </summary>
internal static class MirrorRule
{
    /// <summary>MM2's default <c>topics.exclude</c>.</summary>
    private const string DefaultExclude = @".*[\-\.]internal, .*\.replica, __.*";

    /// <summary>Whether the connector is one of MirrorMaker 2's (they are not plain sources).</summary>
    public static bool IsMirrorConnector(ConnectorInfo connector) =>
        connector.Class.Contains("org.apache.kafka.connect.mirror.", StringComparison.Ordinal)
        || connector.Class is "MirrorSourceConnector" or "MirrorCheckpointConnector" or "MirrorHeartbeatConnector";

    public static void Apply(InferenceContext context)
    {
        foreach (var host in context.Platform.Clusters)
        {
            foreach (var connector in host.Connectors.Where(c => c.Class.EndsWith("MirrorSourceConnector", StringComparison.Ordinal)))
            {
                Replicate(context, host, connector);
            }
        }
    }

    private static void Replicate(InferenceContext context, ClusterView host, ConnectorInfo connector)
    {
        var config = connector.Config;
        var sourceAlias = config.GetValueOrDefault("source.cluster.alias")?.Trim();
        if (string.IsNullOrEmpty(sourceAlias))
        {
            return;
        }

        var target = context.Platform.Resolve(config.GetValueOrDefault("target.cluster.alias"), config.GetValueOrDefault("target.cluster.bootstrap.servers")) ?? host;
        var source = context.Platform.Resolve(sourceAlias, config.GetValueOrDefault("source.cluster.bootstrap.servers"));
        var policy = new ReplicationPolicy(config, sourceAlias);
        var topics = config.GetValueOrDefault("topics") ?? ".*";
        var exclude = config.GetValueOrDefault("topics.exclude") ?? config.GetValueOrDefault("topics.blacklist") ?? DefaultExclude;
        var targetAlias = config.GetValueOrDefault("target.cluster.alias")?.Trim() ?? target.Alias;

        bool Selected(string topic) =>
            JavaPatterns.MatchesAny(topics, topic)
            && !JavaPatterns.MatchesAny(exclude, topic)
            // MM2 never sends a topic back to the cluster it came from (cycle detection).
            && !policy.IsReplicaFrom(topic, targetAlias);

        // Without the source cluster's topic list, the replicas already on the target show what is mirrored;
        // the inputs' namespace is unknown then, so only the outputs are edges.
        var sourceTopics = source is not null && (source.MetadataComplete || source.Topics.Count > 0)
            ? source.UserTopics.Where(Selected).Select(t => (Topic: t, Known: true))
            : target.UserTopics.Select(policy.SourceTopicOf).OfType<string>().Where(Selected).Select(t => (Topic: t, Known: false));

        var listed = connector.Topics.ToHashSet(StringComparer.Ordinal);
        foreach (var (topic, known) in sourceTopics.OrderBy(t => t.Topic, StringComparer.Ordinal))
        {
            var replica = policy.ReplicaName(topic);
            if (!target.CanReference(replica))
            {
                continue; // Not (yet) created on the target: nothing is replicated.
            }

            var detail = $"{connector.Name} replicates {sourceAlias}:{topic} to {targetAlias}:{replica} (topics={topics})";
            var output = target.Dataset(replica);
            context.Builder.AddOutput(host, connector.Name, JobKind.Mirror, output, new Evidence(EvidenceKind.MirrorReplication, detail));
            if (listed.Contains(replica))
            {
                context.Builder.AddOutput(host, connector.Name, JobKind.Mirror, output,
                    new Evidence(EvidenceKind.ConnectorTopics, $"Kafka Connect lists {replica} as an active topic of {connector.Name}"));
            }

            context.Replicas.Add(output);
            if (known && source!.CanReference(topic))
            {
                var input = source.Dataset(topic);
                context.Builder.AddInput(host, connector.Name, JobKind.Mirror, input, new Evidence(EvidenceKind.MirrorReplication, detail));
                context.MirrorFlows.Add((host.Namespace, connector.Name, input, output));
            }
        }
    }

    /// <summary>MM2's naming of remote topics.</summary>
    private sealed class ReplicationPolicy(IReadOnlyDictionary<string, string> config, string sourceAlias)
    {
        private readonly bool _identity = (config.GetValueOrDefault("replication.policy.class") ?? "").EndsWith("IdentityReplicationPolicy", StringComparison.Ordinal);
        private readonly string _separator = config.GetValueOrDefault("replication.policy.separator") is { Length: > 0 } s ? s : ".";

        public string ReplicaName(string topic) => _identity ? topic : $"{sourceAlias}{_separator}{topic}";

        /// <summary>The source topic a target topic replicates, if its name says so.</summary>
        public string? SourceTopicOf(string replica)
        {
            if (_identity)
            {
                return null; // Identity replicas cannot be told apart from the target's own topics by name.
            }

            var prefix = sourceAlias + _separator;
            return replica.StartsWith(prefix, StringComparison.Ordinal) && replica.Length > prefix.Length ? replica[prefix.Length..] : null;
        }

        public bool IsReplicaFrom(string topic, string alias) =>
            !_identity && topic.StartsWith(alias + _separator, StringComparison.Ordinal);
    }
}
