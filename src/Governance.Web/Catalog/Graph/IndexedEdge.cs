using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog.Graph;

/// <summary>
/// A lineage edge as the in-memory index keeps it: 40 bytes, instants as UTC ticks so that a walk
/// compares integers, an open edge closing at <see cref="Open"/>.
/// </summary>
public readonly record struct IndexedEdge(long JobId, long DatasetId, EdgeDirection Direction, long ValidFromTicks, long ValidToTicks)
{
    /// <summary><see cref="ValidToTicks"/> of an edge that has not closed.</summary>
    public const long Open = long.MaxValue;

    public DateTime ValidFrom => new(ValidFromTicks, DateTimeKind.Utc);

    public DateTime? ValidTo => ValidToTicks == Open ? null : new DateTime(ValidToTicks, DateTimeKind.Utc);

    public static IndexedEdge From(in LineageEdgeRow row) => new(
        row.JobId, row.DatasetId, row.Direction, row.ValidFrom.Ticks, row.ValidTo?.Ticks ?? Open);
}

/// <summary>A lineage edge as read from the database for the index.</summary>
public readonly record struct LineageEdgeRow(long Id, long JobId, long DatasetId, EdgeDirection Direction, DateTime ValidFrom, DateTime? ValidTo);
