using Governance.Collector.Lineage.External;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// Kafka Connect connectors as jobs named after the connector, on the namespace of the Kafka cluster
/// the Connect cluster works with. Sources: the external system in, their topics out. Sinks: their
/// topics in (from the configuration, Connect's active-topics list and their own consumer group,
/// which is therefore not a job of its own), the external system and the dead letter queue out.
/// MirrorMaker 2 connectors are handled by <see cref="MirrorRule"/>.
/// </summary>
internal static class ConnectRule
{
    public static void Apply(InferenceContext context)
    {
        foreach (var cluster in context.Platform.Clusters)
        {
            foreach (var connector in cluster.Connectors)
            {
                if (MirrorRule.IsMirrorConnector(connector))
                {
                    continue;
                }

                if (IsSink(connector))
                {
                    Sink(context, cluster, connector);
                }
                else
                {
                    Source(context, cluster, connector);
                }
            }
        }
    }

    /// <summary>The consumer group a sink connector's tasks use.</summary>
    public static string SinkGroup(ConnectorInfo connector) =>
        connector.Config.GetValueOrDefault("consumer.override.group.id") is { Length: > 0 } group ? group : $"connect-{connector.Name}";

    private static bool IsSink(ConnectorInfo connector) => connector.Type.ToLowerInvariant() switch
    {
        "sink" => true,
        "source" => false,
        // Status "unknown" (e.g. a connector that failed to start): the class or a topics setting tells.
        _ => connector.Class.Contains("Sink", StringComparison.Ordinal)
            || connector.Config.ContainsKey("topics") || connector.Config.ContainsKey("topics.regex"),
    };

    private static void Sink(InferenceContext context, ClusterView cluster, ConnectorInfo connector)
    {
        var builder = context.Builder;
        var group = SinkGroup(connector);
        context.ConnectorGroups[(cluster.Namespace, group)] = connector.Name;
        var inputs = new HashSet<string>(StringComparer.Ordinal);

        void Input(string topic, EvidenceKind kind, string detail)
        {
            if (cluster.CanReference(topic))
            {
                inputs.Add(topic);
                builder.AddInput(cluster, connector.Name, JobKind.Connector, cluster.Dataset(topic), new Evidence(kind, detail));
            }
        }

        foreach (var topic in JavaPatterns.SplitList(connector.Config.GetValueOrDefault("topics")))
        {
            Input(topic, EvidenceKind.ConnectorConfig, $"{connector.Name}: topics={connector.Config["topics"]}");
        }

        if (connector.Config.GetValueOrDefault("topics.regex") is { Length: > 0 } regex)
        {
            foreach (var topic in cluster.UserTopics.Where(t => JavaPatterns.MatchesAny(regex, t)))
            {
                Input(topic, EvidenceKind.ConnectorConfig, $"{connector.Name}: topics.regex={regex}");
            }
        }

        foreach (var topic in connector.Topics)
        {
            Input(topic, EvidenceKind.ConnectorTopics, $"Kafka Connect lists {topic} as an active topic of {connector.Name}");
        }

        if (cluster.Snapshot.Groups.FirstOrDefault(g => g.GroupId == group) is { } consumer)
        {
            foreach (var (topic, evidence) in ConsumerGroupRule.Consumed(consumer))
            {
                Input(topic, evidence.Kind, evidence.Detail);
            }
        }

        foreach (var external in ConnectorExternals.SinkOutputs(connector, inputs.Order(StringComparer.Ordinal)))
        {
            builder.AddOutput(cluster, connector.Name, JobKind.Connector, external.Dataset,
                new Evidence(EvidenceKind.ConnectorConfig, $"{connector.Name} ({connector.Class}): {external.Because}"));
        }

        // Records the sink cannot write go to its dead letter queue: an output topic.
        var deadLetters = connector.Config.GetValueOrDefault("errors.deadletterqueue.topic.name")?.Trim();
        if (deadLetters is { Length: > 0 } && cluster.CanReference(deadLetters))
        {
            builder.AddOutput(cluster, connector.Name, JobKind.Connector, cluster.Dataset(deadLetters),
                new Evidence(EvidenceKind.ConnectorConfig, $"{connector.Name}: errors.deadletterqueue.topic.name={deadLetters}"));
        }
    }

    private static void Source(InferenceContext context, ClusterView cluster, ConnectorInfo connector)
    {
        var builder = context.Builder;
        foreach (var topic in connector.Topics.Where(cluster.CanReference))
        {
            builder.AddOutput(cluster, connector.Name, JobKind.Connector, cluster.Dataset(topic),
                new Evidence(EvidenceKind.ConnectorTopics, $"Kafka Connect lists {topic} as an active topic of {connector.Name}"));
        }

        // Connect lists topics only once records were written: the configuration names them earlier.
        foreach (var (topic, because) in ConnectorExternals.SourceTopics(connector).Where(t => cluster.CanReference(t.Topic)))
        {
            builder.AddOutput(cluster, connector.Name, JobKind.Connector, cluster.Dataset(topic),
                new Evidence(EvidenceKind.ConnectorConfig, $"{connector.Name}: {because}"));
        }

        foreach (var external in ConnectorExternals.SourceInputs(connector))
        {
            builder.AddInput(cluster, connector.Name, JobKind.Connector, external.Dataset,
                new Evidence(EvidenceKind.ConnectorConfig, $"{connector.Name} ({connector.Class}): {external.Because}"));
        }
    }
}
