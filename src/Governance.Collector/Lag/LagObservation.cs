namespace Governance.Collector.Lag;

/// <summary>What one scan saw of a group's position on one partition.</summary>
/// <param name="ScannedAt">When the scan started; the only clock available (commit times are not visible).</param>
/// <param name="Committed">Committed offset.</param>
/// <param name="LogEnd">High watermark.</param>
internal readonly record struct LagObservation(DateTimeOffset ScannedAt, long Committed, long LogEnd)
{
    /// <summary>Records not yet consumed; never negative.</summary>
    public long Lag => Math.Max(0, LogEnd - Committed);
}
