using Governance.Web.Catalog;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Keeps a dataset's or job's <see cref="CatalogTerm"/>s equal to the labels of its current facets
/// (<see cref="CatalogLabels"/>), so the catalog can search and filter by owner, domain, tag and
/// classification in the database. Terms are replaced, never accumulated, and written only when
/// the labels actually changed: most events repeat the same ownership and tags.
/// </summary>
internal static class CatalogTermProjector
{
    /// <summary>Brings the dataset's terms in line with its facets, given the facets JSON it had before the event.</summary>
    public static Task ApplyAsync(GovernanceDbContext db, DatasetEntity dataset, string facetsBefore, CancellationToken ct) =>
        ApplyAsync(db, db.Entry(dataset).Property(d => d.Id), nameof(CatalogTerm.DatasetId), facetsBefore, dataset.FacetsJson, ct);

    /// <summary>Brings the job's terms in line with its facets, given the facets JSON it had before the event.</summary>
    public static Task ApplyAsync(GovernanceDbContext db, JobEntity job, string facetsBefore, CancellationToken ct) =>
        ApplyAsync(db, db.Entry(job).Property(j => j.Id), nameof(CatalogTerm.JobId), facetsBefore, job.FacetsJson, ct);

    /// <summary>The terms that describe these labels, for an entity whose key is set by the caller.</summary>
    public static IEnumerable<CatalogTerm> TermsOf(IEnumerable<CatalogLabel> labels) =>
        labels.Select(l => new CatalogTerm
        {
            Kind = l.Kind,
            Value = l.Value,
            NormalizedValue = Normalize(l.Value),
            Field = l.Field,
        });

    /// <summary>How a label's value is stored for case-insensitive, index-friendly filtering.</summary>
    public static string Normalize(string value) => value.ToLowerInvariant();

    private static async Task ApplyAsync<TEntity>(
        GovernanceDbContext db, PropertyEntry<TEntity, long> ownerKey, string foreignKey, string facetsBefore, string facetsAfter, CancellationToken ct)
        where TEntity : class
    {
        var isNew = ownerKey.EntityEntry.State == EntityState.Added;
        if (facetsBefore == facetsAfter && !isNew)
        {
            return;
        }

        var wanted = CatalogLabels.FromFacetsJson(facetsAfter);
        // The terms mirror the labels of the stored facets; if those did not change, neither do the
        // terms. A new entity has none yet, unless this very event labelled it already.
        if (isNew ? wanted.Count == 0 && facetsBefore == "{}" : Same(CatalogLabels.FromFacetsJson(facetsBefore), wanted))
        {
            return;
        }

        var key = ownerKey.CurrentValue;
        if (!isNew)
        {
            await db.CatalogTerms.Where(t => EF.Property<long?>(t, foreignKey) == key).LoadAsync(ct);
        }

        // Tracked terms include those added earlier in this event (an entity named twice), whose key
        // may still be the temporary one of an entity not yet inserted.
        var current = db.CatalogTerms.Local
            .Where(t => db.Entry(t).Property<long?>(foreignKey).CurrentValue == key)
            .ToList();
        if (Same(current.Select(t => new CatalogLabel(t.Kind, t.Value, t.Field)).ToList(), wanted))
        {
            return;
        }

        db.CatalogTerms.RemoveRange(current);
        foreach (var term in TermsOf(wanted))
        {
            db.CatalogTerms.Add(term);
            var reference = db.Entry(term).Property<long?>(foreignKey);
            reference.CurrentValue = key;
            // A new entity's key is a placeholder until it is inserted; EF then fixes the term's key up.
            reference.IsTemporary = ownerKey.IsTemporary;
        }
    }

    private static bool Same(IReadOnlyCollection<CatalogLabel> a, IReadOnlyCollection<CatalogLabel> b) =>
        a.Count == b.Count && a.ToHashSet().SetEquals(b);
}
