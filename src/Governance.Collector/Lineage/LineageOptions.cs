namespace Governance.Collector.Lineage;

/// <summary>Settings of <see cref="LineageInference"/>.</summary>
public sealed record LineageOptions
{
    /// <summary>The header names <see cref="ProducerHeaders"/> defaults to.</summary>
    public static readonly IReadOnlyList<string> DefaultProducerHeaders = ["app-id", "producer", "source"];

    /// <summary>
    /// Record headers whose value names the producing application, in order of preference (the first
    /// one present on a record wins). Matched case-insensitively.
    /// </summary>
    public IReadOnlyList<string> ProducerHeaders { get; init; } = DefaultProducerHeaders;

    /// <summary>Producers declared by hand, for applications that leave no trace on the platform.</summary>
    public IReadOnlyList<DeclaredProducer> DeclaredProducers { get; init; } = [];
}

/// <summary>A hand-declared producer: <paramref name="Application"/> writes <paramref name="Topics"/> on the cluster <paramref name="Cluster"/>.</summary>
/// <param name="Application">Job name.</param>
/// <param name="Cluster">Alias of the cluster.</param>
/// <param name="Topics">Topic names.</param>
public sealed record DeclaredProducer(string Application, string Cluster, IReadOnlyList<string> Topics);
