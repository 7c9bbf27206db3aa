using Governance.Web.Catalog;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Fills <see cref="CatalogTerm"/>s for a catalog whose datasets and jobs were ingested before
/// terms existed: without it, their owners, domains, tags and classifications could not be
/// searched until each one happened to be reported again.
/// </summary>
internal static partial class CatalogTermBackfill
{
    /// <summary>Entities read (and their terms written) per round trip.</summary>
    public const int BatchSize = 500;

    /// <summary>How many entities were labelled and how many terms were written.</summary>
    public sealed record Result(int Datasets, int Jobs, int Terms);

    /// <summary>
    /// Rebuilds the terms of every dataset and job, but only when there are none at all while some
    /// entity has label-bearing facets: once any term exists, ingestion keeps them current, so this
    /// is a no-op on every later start. Runs in one transaction, so an interrupted run leaves no
    /// terms behind and is simply done again.
    /// </summary>
    public static async Task<Result> RunAsync(IDbContextFactory<GovernanceDbContext> contexts, ILogger logger, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.CatalogTerms.AnyAsync(ct)
            || (!await db.Datasets.AnyAsync(d => d.FacetsJson != "{}", ct) && !await db.Jobs.AnyAsync(j => j.FacetsJson != "{}", ct)))
        {
            return new Result(0, 0, 0);
        }

        LogStarting(logger);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (datasets, datasetTerms) = await FillAsync(db,
            (after, take) => db.Datasets.AsNoTracking().Where(d => d.Id > after && d.FacetsJson != "{}").OrderBy(d => d.Id)
                .Select(d => new Labelled(d.Id, d.FacetsJson)).Take(take),
            (term, id) => term.DatasetId = id, ct);
        var (jobs, jobTerms) = await FillAsync(db,
            (after, take) => db.Jobs.AsNoTracking().Where(j => j.Id > after && j.FacetsJson != "{}").OrderBy(j => j.Id)
                .Select(j => new Labelled(j.Id, j.FacetsJson)).Take(take),
            (term, id) => term.JobId = id, ct);
        await transaction.CommitAsync(ct);

        var result = new Result(datasets, jobs, datasetTerms + jobTerms);
        LogDone(logger, result.Datasets, result.Jobs, result.Terms);
        return result;
    }

    private sealed record Labelled(long Id, string FacetsJson);

    private static async Task<(int Entities, int Terms)> FillAsync(
        GovernanceDbContext db, Func<long, int, IQueryable<Labelled>> page, Action<CatalogTerm, long> own, CancellationToken ct)
    {
        var (entities, terms, after) = (0, 0, 0L);
        while (true)
        {
            var batch = await page(after, BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return (entities, terms);
            }

            foreach (var entity in batch)
            {
                var labels = CatalogLabels.FromFacetsJson(entity.FacetsJson);
                foreach (var term in CatalogTermProjector.TermsOf(labels))
                {
                    own(term, entity.Id);
                    db.CatalogTerms.Add(term);
                    terms++;
                }

                entities += labels.Count > 0 ? 1 : 0;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear(); // keep memory flat however large the catalog is
            after = batch[^1].Id;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog terms are empty: building them from the stored facets of datasets and jobs")]
    private static partial void LogStarting(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Catalog terms built: {Datasets} dataset(s) and {Jobs} job(s) labelled with {Terms} term(s)")]
    private static partial void LogDone(ILogger logger, int datasets, int jobs, int terms);
}
