using System.Text.Json;

namespace Governance.Web.Catalog.Dtos;

/// <summary>Identifies a dataset or job.</summary>
public sealed record EntityId(string Namespace, string Name);

/// <summary>A field of the current schema; nested fields are in <see cref="Fields"/>.</summary>
public sealed record FieldDto(string Name, string? Type, string? Description, IReadOnlyList<string> Tags, IReadOnlyList<FieldDto>? Fields);

/// <summary>A dataset, Marquez-shaped (plus <c>producers</c>/<c>consumers</c> and nested fields).</summary>
public sealed record DatasetDto(
    EntityId Id,
    string? Type,
    string Name,
    string PhysicalName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string Namespace,
    string? SourceName,
    IReadOnlyList<FieldDto> Fields,
    IReadOnlyList<string> Tags,
    string? LastLifecycleState,
    string? Description,
    JsonElement? Facets,
    string? CurrentVersion,
    bool Deleted,
    IReadOnlyList<EntityId> Producers,
    IReadOnlyList<EntityId> Consumers)
{
    /// <summary>Owners (teams or people) from the <c>ownership</c> facet and the registry's data contract.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Business domains from a <c>domain</c> tag or the registry's data contract.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Data classifications (PII, PCI, …) of the dataset or of any of its fields.</summary>
    public IReadOnlyList<ClassificationDto> Classifications { get; init; } = [];

    /// <summary>
    /// The dataset's own free tags: <see cref="Tags"/> without field tags, owners, domains and
    /// classifications, which have their own places.
    /// </summary>
    public IReadOnlyList<string> FreeTags { get; init; } = [];

    /// <summary>The Kafka topic's placement and configuration (<c>governance_topic</c>), when reported.</summary>
    public TopicDto? Topic { get; init; }

    /// <summary>The data contracts governing the dataset (normally one).</summary>
    public IReadOnlyList<DatasetContractDto> Contracts { get; init; } = [];
}

/// <summary>A data contract governing a dataset: its key (see <c>/api/v1/contracts/{key}</c>), name and status in force.</summary>
public sealed record DatasetContractDto(string Key, string Name, string Status);

/// <summary>A classification and where it applies.</summary>
/// <param name="Name">The classification, upper case (e.g. <c>PII</c>).</param>
/// <param name="OnDataset">Whether it is declared for the dataset as a whole.</param>
/// <param name="Fields">Dotted paths of the fields that carry it.</param>
public sealed record ClassificationDto(string Name, bool OnDataset, IReadOnlyList<string> Fields);

/// <summary>A Kafka topic as the collector saw it.</summary>
/// <param name="ClusterAlias">The cluster's configured name.</param>
/// <param name="ClusterId">The cluster's id as the brokers report it.</param>
/// <param name="Messages">Records currently retained (sum over partitions of high minus low watermark).</param>
/// <param name="Configs">Topic configuration, by key.</param>
public sealed record TopicDto(
    string? ClusterAlias,
    string? ClusterId,
    int? Partitions,
    int? ReplicationFactor,
    long? Messages,
    IReadOnlyDictionary<string, string> Configs);

/// <summary>A page of datasets.</summary>
public sealed record DatasetList(int TotalCount, IReadOnlyList<DatasetDto> Datasets);
