using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>What to search for in the catalog.</summary>
/// <param name="Query">Words matched (case-insensitively) against names, descriptions and current field names; empty lists everything.</param>
/// <param name="Type">DATASET, JOB or null for both.</param>
/// <param name="Namespace">Only this namespace, or null.</param>
/// <param name="Sort">NAME (default) or UPDATE_AT (newest first).</param>
public sealed record CatalogQuery(string? Query, string? Type, string? Namespace, string? Sort, Paging Paging);

/// <summary>Searches datasets and jobs in one paged, sorted list, evaluated in the database.</summary>
public sealed class CatalogSearch(IDbContextFactory<GovernanceDbContext> contexts)
{
    public const string DatasetType = "DATASET";
    public const string JobType = "JOB";

    public async Task<SearchResultList> SearchAsync(CatalogQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var term = query.Query?.Trim().ToLowerInvariant() ?? string.Empty;
        var wantDatasets = query.Type is null || query.Type.Equals(DatasetType, StringComparison.OrdinalIgnoreCase);
        var wantJobs = query.Type is null || query.Type.Equals(JobType, StringComparison.OrdinalIgnoreCase);

        var datasets = db.Datasets.AsNoTracking()
            .Where(_ => wantDatasets)
            .Where(d => query.Namespace == null || d.Namespace.Name == query.Namespace)
            .Where(d => term == string.Empty
                || d.Name.ToLower().Contains(term)
                || (d.Description != null && d.Description.ToLower().Contains(term))
                || db.DatasetVersions.Any(v => v.DatasetId == d.Id && v.Version == d.CurrentVersion && v.Fields.Any(f => f.Name.ToLower().Contains(term))))
            .Select(d => new Row { Type = DatasetType, Name = d.Name, Namespace = d.Namespace.Name, UpdatedAt = d.UpdatedAt, Description = d.Description, Subtype = d.Type });
        var jobs = db.Jobs.AsNoTracking()
            .Where(_ => wantJobs)
            .Where(j => query.Namespace == null || j.Namespace.Name == query.Namespace)
            .Where(j => term == string.Empty
                || j.Name.ToLower().Contains(term)
                || (j.Description != null && j.Description.ToLower().Contains(term)))
            .Select(j => new Row { Type = JobType, Name = j.Name, Namespace = j.Namespace.Name, UpdatedAt = j.UpdatedAt, Description = j.Description, Subtype = j.Type });

        var all = datasets.Concat(jobs);
        var total = await all.CountAsync(ct);
        var sorted = string.Equals(query.Sort, "UPDATE_AT", StringComparison.OrdinalIgnoreCase)
            ? all.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Name)
            : all.OrderBy(r => r.Name).ThenBy(r => r.Namespace).ThenBy(r => r.Type);
        var rows = await sorted.Skip(query.Paging.Offset).Take(query.Paging.Limit).ToListAsync(ct);

        return new SearchResultList(total, rows.Select(r => new SearchResult(
            r.Type, r.Name, r.UpdatedAt, r.Namespace,
            $"{(r.Type == DatasetType ? "dataset" : "job")}:{r.Namespace}:{r.Name}",
            r.Description, r.Subtype)).ToList());
    }

    // A class with settable members so EF can translate the UNION of both projections.
    private sealed class Row
    {
        public string Type { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public string Namespace { get; init; } = string.Empty;
        public DateTime UpdatedAt { get; init; }
        public string? Description { get; init; }
        public string? Subtype { get; init; }
    }
}
