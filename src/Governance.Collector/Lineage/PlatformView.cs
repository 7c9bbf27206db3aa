using Governance.Model.Platform;

namespace Governance.Collector.Lineage;

/// <summary>Every scanned cluster, found by alias or by bootstrap server.</summary>
internal sealed class PlatformView
{
    public PlatformView(IReadOnlyList<ClusterSnapshot> snapshots)
    {
        Clusters = snapshots.Select(s => new ClusterView(s)).ToList();
    }

    public IReadOnlyList<ClusterView> Clusters { get; }

    public ClusterView? ByAlias(string? alias) =>
        alias is null ? null : Clusters.FirstOrDefault(c => string.Equals(c.Alias, alias.Trim(), StringComparison.OrdinalIgnoreCase));

    public ClusterView? ByNamespace(string ns) => Clusters.FirstOrDefault(c => c.Namespace == ns);

    /// <summary>The cluster one of whose configured or advertised servers appears in a <c>bootstrap.servers</c> value.</summary>
    public ClusterView? ByBootstrap(string? bootstrapServers)
    {
        if (string.IsNullOrWhiteSpace(bootstrapServers))
        {
            return null;
        }

        var wanted = bootstrapServers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Clusters.FirstOrDefault(c =>
            c.Snapshot.Identity.BootstrapServers.Select(Normalize)
                .Concat(c.Snapshot.Brokers.Select(b => $"{b.Host}:{b.Port}"))
                .Any(wanted.Contains));
    }

    /// <summary>Finds a cluster by MM2-style alias first (what the replica names use), then by servers.</summary>
    public ClusterView? Resolve(string? alias, string? bootstrapServers) => ByAlias(alias) ?? ByBootstrap(bootstrapServers);

    // "SASL_SSL://host:9093" and "host:9093" are the same server.
    private static string Normalize(string server)
    {
        var scheme = server.IndexOf("://", StringComparison.Ordinal);
        return (scheme >= 0 ? server[(scheme + 3)..] : server).Trim().TrimEnd('/');
    }
}
