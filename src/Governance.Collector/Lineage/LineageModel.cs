namespace Governance.Collector.Lineage;

/// <summary>A dataset identity in OpenLineage terms: a topic (<c>kafka://{clusterId}</c>, topic) or an external table.</summary>
/// <param name="Namespace">The data source, e.g. <c>kafka://lkc-cloud-1</c> or <c>postgres://warehouse:5432</c>.</param>
/// <param name="Name">The name within it, e.g. <c>orders.v1</c> or <c>sales.receipts</c>.</param>
public sealed record DatasetRef(string Namespace, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"{Namespace}/{Name}";
}

/// <summary>One observation that supports an edge.</summary>
/// <param name="Kind">What kind of observation.</param>
/// <param name="Detail">What exactly was seen, in words (e.g. the ACL or the header), for the portal.</param>
public sealed record Evidence(EvidenceKind Kind, string Detail);

/// <summary>An input or output of a job, with everything that supports it (never empty).</summary>
public sealed record InferredEdge(DatasetRef Dataset, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// A job inferred from the platform: a consumer group, Streams app, connector, mirror or producer.
/// Jobs with the same <see cref="Namespace"/> and <see cref="Name"/> are one job.
/// </summary>
public sealed record InferredJob
{
    /// <summary>The namespace of the cluster the job runs against (<c>kafka://{clusterId}</c>).</summary>
    public required string Namespace { get; init; }

    /// <summary>Group id, <c>application.id</c>, connector name, principal name or declared application.</summary>
    public required string Name { get; init; }

    /// <summary>The most specific kind the evidence shows (a group that also produces stays a consumer group).</summary>
    public required JobKind Kind { get; init; }

    /// <summary>The alias of the cluster the job runs against.</summary>
    public string? Cluster { get; init; }

    /// <summary>Datasets it reads, ordered by namespace and name.</summary>
    public IReadOnlyList<InferredEdge> Inputs { get; init; } = [];

    /// <summary>Datasets it writes, ordered by namespace and name.</summary>
    public IReadOnlyList<InferredEdge> Outputs { get; init; } = [];
}

/// <summary>Whether a dataset is a Kafka topic or lives outside Kafka.</summary>
public enum DatasetKind
{
    /// <summary>A user topic of a scanned cluster.</summary>
    Topic,

    /// <summary>A table, collection, bucket or index that Kafka Connect reads or writes.</summary>
    External,
}

/// <summary>A dataset for the catalog.</summary>
/// <param name="Dataset">Its identity.</param>
/// <param name="Kind">Topic or external.</param>
/// <param name="Cluster">For topics, the alias of the cluster; null for external datasets.</param>
public sealed record InferredDataset(DatasetRef Dataset, DatasetKind Kind, string? Cluster);

/// <summary>The lineage of a whole platform as far as the scanned evidence shows it.</summary>
/// <param name="Jobs">Every job with at least one edge, ordered by namespace and name.</param>
/// <param name="Datasets">
/// The catalog datasets: every user topic of every scanned cluster (Kafka-, Connect-, Schema
/// Registry- and MirrorMaker-internal topics excluded; Streams changelog and repartition topics
/// included), plus every external dataset and every topic an edge references. Ordered by namespace and name.
/// </param>
public sealed record PlatformLineage(IReadOnlyList<InferredJob> Jobs, IReadOnlyList<InferredDataset> Datasets)
{
    /// <summary>The job with this namespace and name, if any.</summary>
    public InferredJob? Job(string ns, string name) => Jobs.FirstOrDefault(j => j.Namespace == ns && j.Name == name);
}
