using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Catalog;

/// <summary>Identifies one version of a dataset (Marquez's <c>DatasetVersionId</c>; our versions are 1, 2, 3...).</summary>
public sealed record DatasetVersionId(string Namespace, string Name, string Version);

/// <summary>
/// One dataset version, Marquez-shaped. <see cref="Version"/> is the version number as a string, like
/// the dataset's <c>currentVersion</c>; <see cref="Facets"/> holds the facets that identify the version;
/// <see cref="RunId"/> is the run that reported it, when a run did.
/// </summary>
public sealed record DatasetVersionDto(
    DatasetVersionId Id,
    string? Type,
    string Name,
    string PhysicalName,
    DateTime CreatedAt,
    string Version,
    string Namespace,
    string? SourceName,
    IReadOnlyList<FieldDto> Fields,
    IReadOnlyList<string> Tags,
    string? Description,
    string? RunId,
    JsonElement? Facets);

/// <summary>A page of versions, newest first.</summary>
public sealed record DatasetVersionList(int TotalCount, IReadOnlyList<DatasetVersionDto> Versions);

/// <summary>What the portal lists per version, without the fields.</summary>
public sealed record DatasetVersionSummary(int Version, DateTime CreatedAt, string? RunId, int FieldCount);

/// <summary>A field present in only one of the two compared versions.</summary>
public sealed record VersionDiffField(string Path, string Name, int Depth, string? Type, string? Description);

/// <summary>The parts of a field the diff compares.</summary>
public sealed record VersionDiffFieldState(string? Type, string? Description);

/// <summary>A field present in both versions whose type or description differs.</summary>
public sealed record VersionDiffChange(string Path, int Depth, VersionDiffFieldState Before, VersionDiffFieldState After);

/// <summary>How the schema of version <see cref="To"/> differs from version <see cref="From"/>, by dotted field path.</summary>
public sealed record DatasetVersionDiff(
    string From,
    string To,
    IReadOnlyList<VersionDiffField> Added,
    IReadOnlyList<VersionDiffField> Removed,
    IReadOnlyList<VersionDiffChange> Changed)
{
    /// <summary>For the portal; clients see the three empty lists.</summary>
    [JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}

/// <summary>The two versions chosen for comparison on the dataset page.</summary>
public readonly record struct DatasetVersionSelection(int From, int To);
