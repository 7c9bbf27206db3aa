using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// Counts, in the database, how many datasets and jobs each filter value would leave for the
/// current search: the numbers next to each namespace, type, domain, owner, tag and classification
/// in the catalog's filters.
/// </summary>
public sealed class CatalogSearchFacets(IDbContextFactory<GovernanceDbContext> contexts)
{
    /// <summary>Values listed per kind unless asked otherwise.</summary>
    public const int DefaultLimit = 20;

    /// <summary>Most values a client may ask for per kind.</summary>
    public const int MaxLimit = 200;

    /// <summary>
    /// The most frequent values of each kind (ties by value), at most <paramref name="limit"/> each.
    /// Each kind is counted under all the criteria except its own, so choosing an owner still
    /// shows the other owners and what choosing them instead would give.
    /// </summary>
    public async Task<SearchFacets> CountAsync(CatalogCriteria criteria, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return new SearchFacets(
            await NamespacesAsync(db, criteria with { Namespace = null }, limit, ct),
            await TypesAsync(db, criteria with { Type = null }, ct),
            await LabelsAsync(db, criteria, CatalogTermKind.Domain, limit, ct),
            await LabelsAsync(db, criteria, CatalogTermKind.Owner, limit, ct),
            await LabelsAsync(db, criteria, CatalogTermKind.Tag, limit, ct),
            await LabelsAsync(db, criteria, CatalogTermKind.Classification, limit, ct));
    }

    private static async Task<IReadOnlyList<FacetValue>> NamespacesAsync(GovernanceDbContext db, CatalogCriteria criteria, int limit, CancellationToken ct)
    {
        var counts = await CatalogSearchQueries.Rows(db, criteria)
            .GroupBy(r => r.Namespace)
            .Select(g => new { Value = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value)
            .Take(limit)
            .ToListAsync(ct);
        return counts.Select(c => new FacetValue(c.Value, c.Count)).ToList();
    }

    private static async Task<IReadOnlyList<FacetValue>> TypesAsync(GovernanceDbContext db, CatalogCriteria criteria, CancellationToken ct)
    {
        var counts = await CatalogSearchQueries.Rows(db, criteria)
            .GroupBy(r => r.Type)
            .Select(g => new { Value = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.Select(c => new FacetValue(c.Value, c.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
    }

    private static async Task<IReadOnlyList<FacetValue>> LabelsAsync(
        GovernanceDbContext db, CatalogCriteria criteria, CatalogTermKind kind, int limit, CancellationToken ct)
    {
        var others = criteria.Without(kind);
        var datasetIds = CatalogSearchQueries.Datasets(db, others)?.Select(d => (long?)d.Id);
        var jobIds = CatalogSearchQueries.Jobs(db, others)?.Select(j => (long?)j.Id);
        var terms = db.CatalogTerms.AsNoTracking().Where(t => t.Kind == kind);
        terms = (datasetIds, jobIds) switch
        {
            ({ } d, { } j) => terms.Where(t => d.Contains(t.DatasetId) || j.Contains(t.JobId)),
            ({ } d, null) => terms.Where(t => d.Contains(t.DatasetId)),
            (null, { } j) => terms.Where(t => j.Contains(t.JobId)),
            _ => terms.Where(_ => false),
        };

        // An entity counts once per value, however many of its fields carry it.
        var counts = await terms
            .GroupBy(t => t.NormalizedValue)
            .Select(g => new
            {
                g.Key,
                Value = g.Max(t => t.Value),
                Count = g.Where(t => t.DatasetId != null).Select(t => t.DatasetId).Distinct().Count()
                        + g.Where(t => t.JobId != null).Select(t => t.JobId).Distinct().Count(),
            })
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key)
            .Take(limit)
            .ToListAsync(ct);
        return counts.Select(c => new FacetValue(c.Value!, c.Count)).ToList();
    }
}
