using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Turns <see cref="CatalogCriteria"/> into database queries over datasets and jobs. Only the
/// criteria that are set become SQL. Each label filter is a semi-join on <c>catalog_terms</c> by
/// its indexed (kind, normalized value), written as an uncorrelated <c>Id IN (SELECT …)</c>: the
/// engine looks the label up once through the index instead of once per entity (SQLite otherwise
/// probes the whole label's rows for every dataset), which keeps filtering fast with many
/// thousands of entities. Free text is matched the same way against field names and label values.
/// </summary>
internal static class CatalogSearchQueries
{
    /// <summary>The datasets that match, or null when the criteria exclude datasets.</summary>
    public static IQueryable<DatasetEntity>? Datasets(GovernanceDbContext db, CatalogCriteria criteria)
    {
        if (!criteria.IncludesDatasets)
        {
            return null;
        }

        var query = db.Datasets.AsNoTracking();
        if (criteria.Namespace is { } ns)
        {
            query = query.Where(d => d.Namespace.Name == ns);
        }

        if (criteria.Words is { Length: > 0 } words)
        {
            // Field names of the current version only: a field dropped long ago no longer describes the dataset.
            // A join from the matching fields (rather than "versions whose id is among them"), so the
            // engine can start from the fields however few it expects and look each version up by key.
            var byField =
                from f in db.DatasetFields
                join v in db.DatasetVersions on f.DatasetVersionId equals v.Id
                where f.Name.ToLower().Contains(words) && v.Version == v.Dataset.CurrentVersion
                select v.DatasetId;
            var byLabel = db.CatalogTerms.Where(t => t.DatasetId != null && t.NormalizedValue.Contains(words)).Select(t => t.DatasetId!.Value);
            query = query.Where(d => d.Name.ToLower().Contains(words)
                || (d.Description != null && d.Description.ToLower().Contains(words))
                || byField.Contains(d.Id)
                || byLabel.Contains(d.Id));
        }

        foreach (var (kind, value) in criteria.LabelFilters())
        {
            var labelled = db.CatalogTerms
                .Where(t => t.DatasetId != null && t.Kind == kind && t.NormalizedValue == value)
                .Select(t => t.DatasetId!.Value);
            query = query.Where(d => labelled.Contains(d.Id));
        }

        return query;
    }

    /// <summary>The jobs that match, or null when the criteria exclude jobs.</summary>
    public static IQueryable<JobEntity>? Jobs(GovernanceDbContext db, CatalogCriteria criteria)
    {
        if (!criteria.IncludesJobs)
        {
            return null;
        }

        var query = db.Jobs.AsNoTracking();
        if (criteria.Namespace is { } ns)
        {
            query = query.Where(j => j.Namespace.Name == ns);
        }

        if (criteria.Words is { Length: > 0 } words)
        {
            var byLabel = db.CatalogTerms.Where(t => t.JobId != null && t.NormalizedValue.Contains(words)).Select(t => t.JobId!.Value);
            query = query.Where(j => j.Name.ToLower().Contains(words)
                || (j.Description != null && j.Description.ToLower().Contains(words))
                || byLabel.Contains(j.Id));
        }

        foreach (var (kind, value) in criteria.LabelFilters())
        {
            var labelled = db.CatalogTerms
                .Where(t => t.JobId != null && t.Kind == kind && t.NormalizedValue == value)
                .Select(t => t.JobId!.Value);
            query = query.Where(j => labelled.Contains(j.Id));
        }

        return query;
    }

    /// <summary>Datasets and jobs that match, as one list of rows (a UNION in the database).</summary>
    public static IQueryable<CatalogRow> Rows(GovernanceDbContext db, CatalogCriteria criteria)
    {
        var datasets = Datasets(db, criteria)?.Select(d => new CatalogRow
        {
            Id = d.Id, Type = CatalogSearch.DatasetType, Name = d.Name, Namespace = d.Namespace.Name,
            UpdatedAt = d.UpdatedAt, Description = d.Description, Subtype = d.Type,
        });
        var jobs = Jobs(db, criteria)?.Select(j => new CatalogRow
        {
            Id = j.Id, Type = CatalogSearch.JobType, Name = j.Name, Namespace = j.Namespace.Name,
            UpdatedAt = j.UpdatedAt, Description = j.Description, Subtype = j.Type,
        });
        return (datasets, jobs) switch
        {
            ({ } d, { } j) => d.Concat(j),
            ({ } d, null) => d,
            (null, { } j) => j,
            _ => throw new InvalidOperationException("The criteria exclude both datasets and jobs."),
        };
    }

    /// <summary>Orders rows totally (ties broken by name, namespace and type), so pages never overlap.</summary>
    public static IQueryable<CatalogRow> Sorted(IQueryable<CatalogRow> rows, CatalogSort sort, SortDirection direction) =>
        (sort, direction) switch
        {
            (CatalogSort.UpdatedAt, SortDirection.Descending) =>
                rows.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Name).ThenBy(r => r.Namespace).ThenBy(r => r.Type),
            (CatalogSort.UpdatedAt, _) =>
                rows.OrderBy(r => r.UpdatedAt).ThenBy(r => r.Name).ThenBy(r => r.Namespace).ThenBy(r => r.Type),
            (_, SortDirection.Descending) =>
                rows.OrderByDescending(r => r.Name).ThenByDescending(r => r.Namespace).ThenByDescending(r => r.Type),
            _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Namespace).ThenBy(r => r.Type),
        };
}

/// <summary>
/// A dataset or job as listed by the catalog. A class with settable members, so EF can translate
/// the UNION of both projections.
/// </summary>
internal sealed class CatalogRow
{
    public long Id { get; init; }
    public string Type { get; init; } = string.Empty;
    public string Name { get; init; } = string.Empty;
    public string Namespace { get; init; } = string.Empty;
    public DateTime UpdatedAt { get; init; }
    public string? Description { get; init; }
    public string? Subtype { get; init; }
}
