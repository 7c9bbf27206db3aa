using Governance.Model.Naming;
using Governance.Model.Platform;

namespace Governance.Collector.Identity;

/// <summary>
/// The OpenLineage namespace of a cluster. OpenLineage names a Kafka dataset after the first
/// bootstrap server a client happened to list (<c>kafka://host:port</c>), so two integrations
/// configured with different brokers see two different datasets (OpenLineage issue #560). The
/// collector names a cluster by the id its brokers report, which every spelling shares, and
/// records each <c>kafka://host:port</c> spelling as a symlink so the portal can merge them.
/// </summary>
public static class ClusterNamespaces
{
    /// <summary>The canonical namespace, <c>kafka://{clusterId}</c>; the alias stands in only while the id is unknown.</summary>
    public static string For(ClusterIdentity identity) => For(identity.ClusterId ?? identity.Alias);

    /// <summary>The canonical namespace for a cluster id.</summary>
    public static string For(string clusterId) => $"kafka://{clusterId.Trim()}";

    /// <summary>
    /// Every other namespace under which integrations may report this cluster's topics: one per
    /// configured bootstrap server and per broker address the metadata advertised.
    /// </summary>
    public static IReadOnlyList<string> Aliases(ClusterIdentity identity, IEnumerable<BrokerInfo> brokers)
    {
        var canonical = For(identity);
        return identity.BootstrapServers
            .Concat(brokers.Select(b => $"{b.Host}:{b.Port}"))
            .Select(server => KafkaNaming.TryGetNamespace(server, out var ns) ? ns : null)
            .OfType<string>()
            .Where(ns => ns != canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
