using System.Text;
using Governance.Collector.Kafka;

namespace Governance.Collector.Scanning;

/// <summary>
/// One cluster to scan (an element of the <c>Clusters</c> configuration array): the Kafka cluster
/// (alias, bootstrap servers, librdkafka passthrough settings) and, optionally, its Schema Registry
/// and Kafka Connect.
/// </summary>
public sealed class CollectorClusterOptions
{
    /// <summary>Short name, unique across the platform (<c>cloud</c>, <c>store-0042</c>).</summary>
    public string Alias { get; set; } = "";

    /// <summary>Comma-separated <c>host:port</c> list.</summary>
    public string BootstrapServers { get; set; } = "";

    /// <summary>librdkafka properties passed through (e.g. <c>security.protocol</c>, <c>sasl.mechanism</c>, <c>sasl.username</c>, <c>sasl.password</c>).</summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The cluster's Schema Registry, if any.</summary>
    public ServiceEndpoint? SchemaRegistry { get; set; }

    /// <summary>The cluster's Kafka Connect, if any.</summary>
    public ServiceEndpoint? Connect { get; set; }

    /// <summary>The Kafka part of this configuration.</summary>
    public KafkaClusterOptions ToKafkaOptions() => new()
    {
        Alias = Alias,
        BootstrapServers = BootstrapServers,
        Settings = new Dictionary<string, string>(Settings, StringComparer.Ordinal),
    };

    /// <summary>Every problem of this cluster's configuration, prefixed with the cluster (empty when usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var name = string.IsNullOrWhiteSpace(Alias) ? "cluster" : $"cluster '{Alias}'";
        return ToKafkaOptions().Validate()
            .Concat(SchemaRegistry?.Validate("SchemaRegistry") ?? [])
            .Concat(Connect?.Validate("Connect") ?? [])
            .Select(e => $"{name}: {e}")
            .ToList();
    }

    /// <summary>The configuration with every secret redacted.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(ToKafkaOptions().ToString());
        if (SchemaRegistry is not null) text.Append(", SchemaRegistry = ").Append(SchemaRegistry);
        if (Connect is not null) text.Append(", Connect = ").Append(Connect);
        return text.ToString();
    }
}

/// <summary>Scan-wide settings (configuration section <c>Scan</c>; <c>Scan:Interval</c> belongs to the collector host).</summary>
public sealed class PlatformInspectionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Scan";

    /// <summary>Clusters scanned at once.</summary>
    public int MaxParallelClusters { get; set; } = 4;

    /// <summary>Kafka admin timeouts, batch sizes and retries.</summary>
    public KafkaInspectionOptions Kafka { get; set; } = new();

    /// <summary>Schema Registry client timeouts, retries and parallelism.</summary>
    public RestClientOptions SchemaRegistry { get; set; } = new();

    /// <summary>Kafka Connect client timeouts, retries and parallelism.</summary>
    public RestClientOptions Connect { get; set; } = new();

    /// <summary>Every problem of these options (empty when usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxParallelClusters < 1) errors.Add("Scan:MaxParallelClusters must be at least 1");
        errors.AddRange(Kafka.Validate().Select(e => $"Scan:Kafka: {e}"));
        errors.AddRange(SchemaRegistry.Validate("Scan:SchemaRegistry"));
        errors.AddRange(Connect.Validate("Scan:Connect"));
        return errors;
    }
}

/// <summary>
/// Everything the scan reads from configuration: <c>Clusters</c> (array of <see cref="CollectorClusterOptions"/>),
/// <c>Sampling</c> (<see cref="SamplingOptions"/>) and <c>Scan</c> (<see cref="PlatformInspectionOptions"/>).
/// </summary>
public sealed class PlatformScanOptions
{
    /// <summary>The clusters to scan, in the order their snapshots are returned.</summary>
    public List<CollectorClusterOptions> Clusters { get; set; } = [];

    /// <summary>Record sampling limits.</summary>
    public SamplingOptions Sampling { get; set; } = new();

    /// <summary>Timeouts, batch sizes, retries and parallelism.</summary>
    public PlatformInspectionOptions Scan { get; set; } = new();

    /// <summary>Every problem of the configuration (empty when usable): each cluster's, duplicate aliases, sampling and inspection settings.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Clusters.Count == 0)
        {
            errors.Add("Clusters: at least one cluster must be configured");
        }

        for (var i = 0; i < Clusters.Count; i++)
        {
            if (Clusters[i] is null)
            {
                errors.Add($"Clusters:{i} is empty");
                continue;
            }

            errors.AddRange(Clusters[i].Validate());
        }

        errors.AddRange(Clusters
            .Where(c => c is not null && !string.IsNullOrWhiteSpace(c.Alias))
            .GroupBy(c => c.Alias, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Clusters: alias '{g.Key}' is used {g.Count()} times"));
        errors.AddRange(Sampling.Validate());
        errors.AddRange(Scan.Validate());
        return errors;
    }
}
