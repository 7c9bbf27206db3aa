using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>Searches datasets and jobs in one paged, sorted list, evaluated in the database.</summary>
public sealed class CatalogSearch(IDbContextFactory<GovernanceDbContext> contexts)
{
    public const string DatasetType = "DATASET";
    public const string JobType = "JOB";

    public async Task<SearchResultList> SearchAsync(CatalogQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = CatalogSearchQueries.Rows(db, query.Criteria);
        var total = await all.CountAsync(ct);
        var rows = await CatalogSearchQueries.Sorted(all, query.Sort, query.EffectiveDirection)
            .Skip(query.Paging.Offset).Take(query.Paging.Limit).ToListAsync(ct);
        var labels = await LabelsAsync(db, rows, ct);

        return new SearchResultList(total, rows.Select(r =>
        {
            var own = labels[(r.Type, r.Id)].ToList();
            return new SearchResult(
                r.Type, r.Name, r.UpdatedAt, r.Namespace,
                $"{(r.Type == DatasetType ? "dataset" : "job")}:{r.Namespace}:{r.Name}",
                r.Description, r.Subtype,
                Values(own, CatalogTermKind.Owner), Values(own, CatalogTermKind.Domain), Values(own, CatalogTermKind.Classification));
        }).ToList());
    }

    /// <summary>The owners, domains and classifications of the page's rows only, in one query.</summary>
    private static async Task<ILookup<(string Type, long Id), (CatalogTermKind Kind, string Value)>> LabelsAsync(
        GovernanceDbContext db, IReadOnlyCollection<CatalogRow> rows, CancellationToken ct)
    {
        var datasetIds = rows.Where(r => r.Type == DatasetType).Select(r => (long?)r.Id).ToList();
        var jobIds = rows.Where(r => r.Type == JobType).Select(r => (long?)r.Id).ToList();
        if (rows.Count == 0)
        {
            return Array.Empty<((string, long), (CatalogTermKind, string))>().ToLookup(x => x.Item1, x => x.Item2);
        }

        var terms = await db.CatalogTerms.AsNoTracking()
            .Where(t => t.Kind != CatalogTermKind.Tag && (datasetIds.Contains(t.DatasetId) || jobIds.Contains(t.JobId)))
            .Select(t => new { t.DatasetId, t.JobId, t.Kind, t.Value })
            .ToListAsync(ct);
        return terms.ToLookup(
            t => t.DatasetId is { } datasetId ? (DatasetType, datasetId) : (JobType, t.JobId!.Value),
            t => (t.Kind, t.Value));
    }

    // A classification on several fields is listed once; owners spelled differently by two producers too.
    private static IReadOnlyList<string> Values(IEnumerable<(CatalogTermKind Kind, string Value)> labels, CatalogTermKind kind) =>
        labels.Where(l => l.Kind == kind).Select(l => l.Value)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
