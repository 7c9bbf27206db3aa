using Governance.Model.OpenLineage;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Records which datasets a stored event named and how (the dataset of a DatasetEvent, an input or
/// an output), so a dataset page can list the events behind it, and find an edge's latest evidence or
/// a consumer group's lag history, through an index instead of scanning payloads. It runs after the
/// rest of the projection, so every name is resolved to its canonical dataset (symlinks applied).
/// A re-sent event never gets here: ingestion recognises it by hash before projecting.
/// </summary>
internal static class RawEventLinkProjector
{
    public static async Task ApplyAsync(ProjectionScope scope, OpenLineageEvent evt, CancellationToken ct)
    {
        var links = new HashSet<(DatasetEntity Dataset, RawEventDatasetRole Role)>();
        foreach (var (ns, name, role) in Named(evt))
        {
            // Already resolved by the projection, so this is a lookup in the scope, not a query.
            var (dataset, _) = await scope.DatasetAsync(ns, name, ct);
            links.Add((dataset, role));
        }

        foreach (var (dataset, role) in links)
        {
            scope.Db.RawEventDatasets.Add(new RawEventDataset { RawEventId = scope.Raw.Id, DatasetId = KeyOf(scope.Db, dataset), Role = role });
        }

        await KeepLinksOfMergedDatasetsAsync(scope, ct);
    }

    private static IEnumerable<(string Namespace, string Name, RawEventDatasetRole Role)> Named(OpenLineageEvent evt) => evt switch
    {
        DatasetEvent dataset => [(dataset.Dataset.Namespace, dataset.Dataset.Name, RawEventDatasetRole.Dataset)],
        RunEvent run => Roles(run.Inputs, run.Outputs),
        JobEvent job => Roles(job.Inputs, job.Outputs),
        _ => [],
    };

    private static IEnumerable<(string, string, RawEventDatasetRole)> Roles(IEnumerable<Dataset>? inputs, IEnumerable<Dataset>? outputs) =>
        (inputs ?? []).Select(d => (d.Namespace, d.Name, RawEventDatasetRole.Input))
            .Concat((outputs ?? []).Select(d => (d.Namespace, d.Name, RawEventDatasetRole.Output)));

    /// <summary>
    /// A dataset created by this event has no key yet; its temporary key lets the change tracker fill
    /// in the real one when the dataset and the link are saved together.
    /// </summary>
    private static long KeyOf(GovernanceDbContext db, DatasetEntity dataset) =>
        dataset.Id != 0 ? dataset.Id : db.Entry(dataset).Property(d => d.Id).CurrentValue;

    /// <summary>
    /// A symlink facet may merge a dataset stored under an alias into its canonical dataset, and the
    /// database then deletes the alias's links with it: they move to the canonical dataset, so its
    /// page keeps the events another integration reported under the other name.
    /// </summary>
    private static async Task KeepLinksOfMergedDatasetsAsync(ProjectionScope scope, CancellationToken ct)
    {
        var db = scope.Db;
        var merged = db.ChangeTracker.Entries<DatasetEntity>()
            .Where(e => e.State == EntityState.Deleted && e.Entity.Id != 0)
            .Select(e => e.Entity)
            .ToList();
        var added = new HashSet<(DatasetEntity, long, RawEventDatasetRole)>();
        foreach (var alias in merged)
        {
            var canonical = db.DatasetSymlinks.Local
                .FirstOrDefault(s => s.Name == alias.Name && s.Namespace == alias.Namespace?.Name && s.Dataset != alias)?.Dataset;
            if (canonical is null)
            {
                continue;
            }

            var moved = await db.RawEventDatasets.AsNoTracking().Where(l => l.DatasetId == alias.Id)
                .Select(l => new { l.RawEventId, l.Role }).ToListAsync(ct);
            if (canonical.Id != 0)
            {
                // An earlier event may have named both identities: the canonical dataset already has that link.
                var held = await db.RawEventDatasets.AsNoTracking()
                    .Where(c => c.DatasetId == canonical.Id
                                && db.RawEventDatasets.Any(a => a.DatasetId == alias.Id && a.RawEventId == c.RawEventId && a.Role == c.Role))
                    .Select(c => new { c.RawEventId, c.Role }).ToListAsync(ct);
                moved = moved.Except(held).ToList();
            }

            var canonicalKey = KeyOf(db, canonical);
            foreach (var link in moved.Where(l => added.Add((canonical, l.RawEventId, l.Role))))
            {
                db.RawEventDatasets.Add(new RawEventDataset { RawEventId = link.RawEventId, DatasetId = canonicalKey, Role = link.Role });
            }
        }
    }
}
