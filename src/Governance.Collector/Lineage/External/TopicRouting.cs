using Governance.Model.Platform;

namespace Governance.Collector.Lineage.External;

/// <summary>
/// The topic name a sink sees after the connector's single message transforms: Connect routers
/// rename the topic before the sink derives its table or index name from it.
/// </summary>
internal static class TopicRouting
{
    /// <summary>
    /// The routed topic, or null when it cannot be known from the configuration: a router other than
    /// <c>RegexRouter</c> (e.g. <c>TimestampRouter</c>, whose name changes with time), a transform applied
    /// only under a predicate, or an invalid pattern. Non-router transforms leave the topic alone.
    /// </summary>
    public static string? Route(ConnectorInfo connector, string topic)
    {
        foreach (var alias in JavaPatterns.SplitList(connector.Config.GetValueOrDefault("transforms")))
        {
            var type = connector.Config.GetValueOrDefault($"transforms.{alias}.type") ?? "";
            if (!type.Contains("Router", StringComparison.Ordinal))
            {
                continue;
            }

            if (!type.EndsWith(".RegexRouter", StringComparison.Ordinal) && type != "RegexRouter"
                || connector.Config.ContainsKey($"transforms.{alias}.predicate"))
            {
                return null;
            }

            var regex = connector.Config.GetValueOrDefault($"transforms.{alias}.regex");
            var replacement = connector.Config.GetValueOrDefault($"transforms.{alias}.replacement");
            if (regex is null || replacement is null || JavaPatterns.ReplaceIfMatches(regex, replacement, topic) is not { } routed)
            {
                return null;
            }

            topic = routed;
        }

        return topic;
    }

    /// <summary>Describes the routing for the evidence (which transforms were applied).</summary>
    public static string Describe(ConnectorInfo connector)
    {
        var routers = JavaPatterns.SplitList(connector.Config.GetValueOrDefault("transforms"))
            .Where(a => (connector.Config.GetValueOrDefault($"transforms.{a}.type") ?? "").Contains("Router", StringComparison.Ordinal))
            .ToList();
        return routers.Count == 0 ? "" : $" after transforms {string.Join(", ", routers)}";
    }
}
