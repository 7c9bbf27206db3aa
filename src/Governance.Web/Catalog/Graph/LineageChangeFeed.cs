using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog.Graph;

/// <summary>
/// What the index has seen of <c>lineage_edges.ChangedByEventId</c>: the newest stamp
/// (<see cref="Watermark"/>) and a fingerprint (count and sum) of the stamps in the window
/// (<see cref="Low"/>, <see cref="Watermark"/>], so that an edge committed late with an id inside
/// the window changes the fingerprint even though it does not raise the watermark.
/// </summary>
internal sealed record ChangeMark(long Watermark, long Low, long WindowCount, long WindowSum);

/// <summary>What the database holds now, measured against a <see cref="ChangeMark"/>.</summary>
internal sealed record ChangeObservation(long Newest, long WindowCount, long WindowSum);

/// <summary>The queries the index catches up with; all use the index on <c>ChangedByEventId</c>.</summary>
internal static class LineageChangeFeed
{
    /// <summary>
    /// The mark of the database as it is now. Taken before the rows it describes are read, so a
    /// change committed in between shows up as a difference at the next check and is read again
    /// (reading a row twice is harmless: rows are upserted by id); none can be missed.
    /// </summary>
    public static async Task<ChangeMark> MarkAsync(GovernanceDbContext db, int window, CancellationToken ct)
    {
        var watermark = await db.LineageEdges.MaxAsync(e => (long?)e.ChangedByEventId, ct) ?? 0;
        var low = watermark - window;
        var observed = await ObserveAsync(db, low, watermark, ct);
        return new ChangeMark(watermark, low, observed.WindowCount, observed.WindowSum);
    }

    /// <summary>One cheap query: the newest stamp, and the window's fingerprint as the mark defines it.</summary>
    public static Task<ChangeObservation> ObserveAsync(GovernanceDbContext db, ChangeMark mark, CancellationToken ct) =>
        ObserveAsync(db, mark.Low, mark.Watermark, ct);

    /// <summary>Whether the database changed since the mark was taken, and from which stamp on to read it again.</summary>
    public static long? ReadFrom(ChangeMark mark, ChangeObservation observed)
    {
        if (observed.WindowCount != mark.WindowCount || observed.WindowSum != mark.WindowSum)
        {
            // An edge was created or changed by an event at or below the watermark: a late commit.
            return mark.Low;
        }

        return observed.Newest > mark.Watermark ? mark.Watermark : null;
    }

    /// <summary>The edges created or changed by events after <paramref name="afterEventId"/> (all of them for <see cref="long.MinValue"/>).</summary>
    public static IAsyncEnumerable<LineageEdgeRow> ChangedAfter(GovernanceDbContext db, long afterEventId) =>
        db.LineageEdges.AsNoTracking()
            .Where(e => e.ChangedByEventId > afterEventId)
            .Select(e => new LineageEdgeRow(e.Id, e.JobId, e.DatasetId, e.Direction, e.ValidFrom, e.ValidTo))
            .AsAsyncEnumerable();

    private static async Task<ChangeObservation> ObserveAsync(GovernanceDbContext db, long low, long watermark, CancellationToken ct)
    {
        // A constant key makes this one aggregate over the (short) range above the window's floor.
        var row = await db.LineageEdges.Where(e => e.ChangedByEventId > low)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Newest = g.Max(e => (long?)e.ChangedByEventId),
                Count = g.Count(e => e.ChangedByEventId <= watermark),
                Sum = g.Sum(e => e.ChangedByEventId <= watermark ? (long?)e.ChangedByEventId : 0L),
            })
            .FirstOrDefaultAsync(ct);
        return new ChangeObservation(row?.Newest ?? low, row?.Count ?? 0, row?.Sum ?? 0);
    }
}
