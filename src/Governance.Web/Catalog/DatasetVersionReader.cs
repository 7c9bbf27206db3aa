using System.Text.Json;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>Whether a version lookup found the dataset and the version(s) asked for.</summary>
public enum VersionLookupStatus
{
    Found,
    DatasetNotFound,
    VersionNotFound,
}

/// <summary>The answer of a version lookup; <see cref="MissingVersion"/> says which version was absent.</summary>
public readonly record struct VersionLookup<T>(VersionLookupStatus Status, T? Value, int? MissingVersion = null)
    where T : class;

/// <summary>Reads a dataset's versions, their fields, and the difference between two of them.</summary>
public sealed class DatasetVersionReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    /// <summary>A page of versions, newest first; null when the dataset is unknown.</summary>
    public async Task<DatasetVersionList?> ListAsync(string @namespace, string name, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindDatasetAsync(db, @namespace, name, ct) is not { } dataset)
        {
            return null;
        }

        var query = db.DatasetVersions.AsNoTracking().Where(v => v.DatasetId == dataset.Id);
        var total = await query.CountAsync(ct);
        var page = await query.OrderByDescending(v => v.Version).Skip(paging.Offset).Take(paging.Limit).ToListAsync(ct);
        var fields = await FieldsAsync(db, page.Select(v => v.Id).ToList(), ct);
        return new DatasetVersionList(total, page.Select(v => ToDto(dataset, v, fields[v.Id])).ToList());
    }

    /// <summary>Every version's number, date and run, newest first; null when the dataset is unknown.</summary>
    public async Task<IReadOnlyList<DatasetVersionSummary>?> ListSummariesAsync(string @namespace, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindDatasetAsync(db, @namespace, name, ct) is not { } dataset)
        {
            return null;
        }

        return await db.DatasetVersions.AsNoTracking().Where(v => v.DatasetId == dataset.Id)
            .OrderByDescending(v => v.Version)
            .Select(v => new DatasetVersionSummary(v.Version, v.CreatedAt, v.RunId, v.Fields.Count))
            .ToListAsync(ct);
    }

    public async Task<VersionLookup<DatasetVersionDto>> GetAsync(string @namespace, string name, int version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindDatasetAsync(db, @namespace, name, ct) is not { } dataset)
        {
            return new(VersionLookupStatus.DatasetNotFound, null);
        }

        var row = await db.DatasetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DatasetId == dataset.Id && v.Version == version, ct);
        if (row is null)
        {
            return new(VersionLookupStatus.VersionNotFound, null, version);
        }

        var fields = await FieldsAsync(db, [row.Id], ct);
        return new(VersionLookupStatus.Found, ToDto(dataset, row, fields[row.Id]));
    }

    /// <summary>How version <paramref name="to"/> differs from version <paramref name="from"/> (either order).</summary>
    public async Task<VersionLookup<DatasetVersionDiff>> DiffAsync(string @namespace, string name, int from, int to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await FindDatasetAsync(db, @namespace, name, ct) is not { } dataset)
        {
            return new(VersionLookupStatus.DatasetNotFound, null);
        }

        var versions = await db.DatasetVersions.AsNoTracking()
            .Where(v => v.DatasetId == dataset.Id && (v.Version == from || v.Version == to))
            .Select(v => new { v.Id, v.Version })
            .ToDictionaryAsync(v => v.Version, v => v.Id, ct);
        foreach (var wanted in new[] { from, to })
        {
            if (!versions.ContainsKey(wanted))
            {
                return new(VersionLookupStatus.VersionNotFound, null, wanted);
            }
        }

        var fields = await FieldsAsync(db, versions.Values.ToList(), ct);
        return new(VersionLookupStatus.Found, DatasetVersionDiffer.Compare(from, to, fields[versions[from]], fields[versions[to]]));
    }

    // The same resolution as DatasetReader: the dataset's own name first, then a symlinked alias.
    private static async Task<DatasetEntity?> FindDatasetAsync(GovernanceDbContext db, string @namespace, string name, CancellationToken ct) =>
        await db.Datasets.AsNoTracking().Include(d => d.Namespace)
            .FirstOrDefaultAsync(d => d.Namespace.Name == @namespace && d.Name == name, ct)
        ?? await db.Datasets.AsNoTracking().Include(d => d.Namespace)
            .Where(d => db.DatasetSymlinks.Any(s => s.DatasetId == d.Id && s.Namespace == @namespace && s.Name == name))
            .FirstOrDefaultAsync(ct);

    // One query for the fields of every version asked for (no query per version).
    private static async Task<ILookup<long, DatasetField>> FieldsAsync(GovernanceDbContext db, List<long> versionIds, CancellationToken ct) =>
        (await db.DatasetFields.AsNoTracking().Where(f => versionIds.Contains(f.DatasetVersionId)).OrderBy(f => f.Ordinal).ToListAsync(ct))
        .ToLookup(f => f.DatasetVersionId);

    private static DatasetVersionDto ToDto(DatasetEntity dataset, DatasetVersion version, IEnumerable<DatasetField> fields)
    {
        var ns = dataset.Namespace.Name;
        var number = DatasetVersionDiffer.Number(version.Version);
        var facets = JsonColumns.Element(version.IdentityJson);
        // Type and data source identify a version, so they come from the version's own facets; the
        // description does not (documentation makes no new version), so it is the dataset's latest.
        return new DatasetVersionDto(
            new DatasetVersionId(ns, dataset.Name, number), TypeOf(facets) ?? dataset.Type, dataset.Name, dataset.Name, version.CreatedAt,
            number, ns, SourceOf(facets) ?? dataset.SourceName, FieldTree.Build(fields), FacetReaders.Tags(facets), dataset.Description,
            version.RunId, facets);
    }

    // The same spelling as the dataset's type: TYPE, or TYPE/SUBTYPE.
    private static string? TypeOf(JsonElement? facets) =>
        String(facets, "datasetType", "datasetType") is { Length: > 0 } type
            ? String(facets, "datasetType", "subType") is { Length: > 0 } sub ? $"{type}/{sub}" : type
            : null;

    private static string? SourceOf(JsonElement? facets) => String(facets, "dataSource", "name");

    private static string? String(JsonElement? facets, string facet, string property) =>
        facets is { ValueKind: JsonValueKind.Object } f
        && f.TryGetProperty(facet, out var body) && body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
