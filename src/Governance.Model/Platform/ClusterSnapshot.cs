namespace Governance.Model.Platform;

/// <summary>
/// Everything one scan saw of one Kafka cluster and its Schema Registry and Kafka Connect. A scan
/// that could not see everything says so in <see cref="Completeness"/>: absence from a partial scan
/// never means "deleted".
/// </summary>
public sealed record ClusterSnapshot
{
    /// <summary>Which cluster this is.</summary>
    public required ClusterIdentity Identity { get; init; }

    /// <summary>When the scan started.</summary>
    public required DateTimeOffset ScannedAt { get; init; }

    /// <summary>Brokers reported by the cluster's metadata.</summary>
    public IReadOnlyList<BrokerInfo> Brokers { get; init; } = [];

    /// <summary>Topics, internal ones included (flagged).</summary>
    public IReadOnlyList<TopicInfo> Topics { get; init; } = [];

    /// <summary>Consumer groups with members and committed offsets.</summary>
    public IReadOnlyList<ConsumerGroupInfo> Groups { get; init; } = [];

    /// <summary>ACL bindings; null when the collector is not permitted to describe them.</summary>
    public IReadOnlyList<AclBindingInfo>? Acls { get; init; }

    /// <summary>The cluster's Schema Registry, when configured.</summary>
    public SchemaRegistrySnapshot? SchemaRegistry { get; init; }

    /// <summary>The cluster's Kafka Connect, when configured.</summary>
    public ConnectSnapshot? Connect { get; init; }

    /// <summary>What the scan could not see.</summary>
    public ScanCompleteness Completeness { get; init; } = ScanCompleteness.Complete;
}

/// <summary>
/// A cluster's stable identity: its alias (as configured) and the cluster id the brokers report.
/// The OpenLineage namespace derives from these, not from whichever bootstrap server was listed first.
/// </summary>
/// <param name="Alias">Configured short name, e.g. <c>cloud</c> or <c>store-0042</c>.</param>
/// <param name="ClusterId">Cluster id reported by the brokers; null when the scan could not read it.</param>
/// <param name="BootstrapServers">Every bootstrap spelling configured or advertised for this cluster.</param>
public sealed record ClusterIdentity(string Alias, string? ClusterId, IReadOnlyList<string> BootstrapServers);

/// <summary>A broker as the metadata reports it.</summary>
public sealed record BrokerInfo(int Id, string Host, int Port);

/// <summary>Which parts of a scan failed and why.</summary>
public sealed record ScanCompleteness(IReadOnlyList<ScanProblem> Problems)
{
    /// <summary>A scan that saw everything.</summary>
    public static readonly ScanCompleteness Complete = new([]);

    /// <summary>True when nothing failed.</summary>
    public bool IsComplete => Problems.Count == 0;

    /// <summary>True when the given area failed (so its absences must not be read as deletions).</summary>
    public bool Failed(ScanArea area) => Problems.Any(p => p.Area == area);
}

/// <summary>One failure during a scan.</summary>
public sealed record ScanProblem(ScanArea Area, string Message);

/// <summary>The parts of a scan that can fail independently.</summary>
public enum ScanArea
{
    /// <summary>Cluster metadata (brokers, topics, partitions).</summary>
    Metadata,
    /// <summary>Topic configurations.</summary>
    TopicConfigs,
    /// <summary>Low/high watermarks.</summary>
    Offsets,
    /// <summary>Consumer groups and their committed offsets.</summary>
    ConsumerGroups,
    /// <summary>ACLs.</summary>
    Acls,
    /// <summary>Sampled records.</summary>
    Sampling,
    /// <summary>Schema Registry.</summary>
    SchemaRegistry,
    /// <summary>Kafka Connect.</summary>
    Connect,
}
