using Governance.Model.Platform;

namespace Governance.Collector.Scanning;

/// <summary>
/// One step of a scan: a phase of a cluster started, completed (with the number of items it read),
/// failed (at least one problem) or was skipped; or, with <see cref="Phase"/> null, a whole cluster.
/// </summary>
/// <param name="Cluster">Cluster alias.</param>
/// <param name="Phase">The phase, or null for the cluster as a whole.</param>
/// <param name="State">What happened.</param>
/// <param name="Elapsed">Time the phase (or cluster) took so far.</param>
/// <param name="Items">Items read (topics, partitions, groups, bindings, records, subjects, connectors).</param>
/// <param name="Detail">A short human-readable note, if any.</param>
public sealed record ScanProgress(string Cluster, ScanArea? Phase, ScanPhaseState State, TimeSpan Elapsed, int Items = 0, string? Detail = null);

/// <summary>State of a scan phase.</summary>
public enum ScanPhaseState
{
    /// <summary>The phase began.</summary>
    Started,
    /// <summary>The phase ended without problems.</summary>
    Completed,
    /// <summary>The phase ended with at least one problem (its results may be partial).</summary>
    Failed,
    /// <summary>The phase did not run (not configured, disabled, or its input is missing).</summary>
    Skipped,
}
