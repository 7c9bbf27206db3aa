using System.Collections.Concurrent;

namespace Governance.Collector.Kafka;

/// <summary>
/// The one <see cref="KafkaClusterInspector"/> (and so the one admin client) per cluster alias, created on
/// first use and disposed with this registry (a DI singleton: at shutdown).
/// </summary>
public sealed class KafkaClusterInspectors : IDisposable
{
    private readonly Dictionary<string, KafkaClusterOptions> _clusters;
    private readonly KafkaInspectionOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ConcurrentDictionary<string, Lazy<KafkaClusterInspector>> _inspectors = new(StringComparer.OrdinalIgnoreCase);
    private bool _disposed;

    /// <summary>Creates the registry; each cluster's configuration is checked when its inspector is first asked for.</summary>
    public KafkaClusterInspectors(IEnumerable<KafkaClusterOptions> clusters, KafkaInspectionOptions options, ILoggerFactory loggerFactory)
    {
        _clusters = new Dictionary<string, KafkaClusterOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in clusters)
        {
            if (!_clusters.TryAdd(cluster.Alias, cluster))
            {
                throw new KafkaConfigurationException(cluster.Alias, [$"alias '{cluster.Alias}' is configured more than once"]);
            }
        }

        _options = options;
        _loggerFactory = loggerFactory;
    }

    /// <summary>Configured aliases.</summary>
    public IReadOnlyCollection<string> Aliases => _clusters.Keys;

    /// <summary>The inspector of a cluster (created on first use).</summary>
    /// <exception cref="KeyNotFoundException">No cluster with that alias is configured.</exception>
    /// <exception cref="KafkaConfigurationException">The cluster's configuration is not usable.</exception>
    public KafkaClusterInspector Get(string alias)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_clusters.TryGetValue(alias, out var cluster))
        {
            throw new KeyNotFoundException($"No Kafka cluster with alias '{alias}' is configured.");
        }

        return _inspectors.GetOrAdd(alias, _ => new Lazy<KafkaClusterInspector>(
            () => new KafkaClusterInspector(cluster, _options, _loggerFactory.CreateLogger<KafkaClusterInspector>()),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Disposes every inspector created (their admin clients).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var inspector in _inspectors.Values.Where(l => l.IsValueCreated))
        {
            inspector.Value.Dispose();
        }
    }
}
