using System.ComponentModel.DataAnnotations;

namespace Governance.Web.Catalog.Graph;

/// <summary>How the in-memory lineage index keeps up with the database (section <c>Lineage:Index</c>).</summary>
public sealed class LineageIndexOptions
{
    public const string SectionName = "Lineage:Index";

    /// <summary>
    /// How many event ids below the newest one the index re-checks for late commits (default 1000).
    /// Several portal instances sharing a database can commit an event after another instance
    /// committed a later one; an edge stamped with such an earlier id is still picked up at once
    /// when it lands within this window. Ingestion is serialised per instance and a transaction
    /// lasts milliseconds, so a commit can only be late by the events other instances stored
    /// meanwhile; 1000 covers about 1000 events per second with one-second transactions.
    /// </summary>
    [Range(0, 10_000_000)]
    public int LateCommitWindow { get; set; } = 1000;

    /// <summary>
    /// How often the index is rebuilt from scratch, in the background, while it keeps answering
    /// (default 10 minutes). This repairs what incremental catch-up cannot see: commits later than
    /// <see cref="LateCommitWindow"/> and edges deleted from the database.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan FullReloadInterval { get; set; } = TimeSpan.FromMinutes(10);
}
