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
    IReadOnlyList<EntityId> Consumers);

/// <summary>A page of datasets.</summary>
public sealed record DatasetList(int TotalCount, IReadOnlyList<DatasetDto> Datasets);
