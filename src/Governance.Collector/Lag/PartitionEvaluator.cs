using System.Globalization;

namespace Governance.Collector.Lag;

/// <summary>
/// Burrow's partition rules (linkedin/Burrow, <c>core/internal/evaluator/caching.go</c>,
/// <c>calculatePartitionStatus</c>), applied to a window of scans instead of a window of commits:
/// <list type="number">
/// <item>If the lag was zero in any observation of the window, the partition is OK.</item>
/// <item>REWIND if the committed offset ever decreased from one observation to the next.</item>
/// <item>
/// STOP if the group has no members and the offset has not moved for longer than it was moving
/// before (Burrow: "now − last commit &gt; last commit − first commit"). Burrow reads commit
/// timestamps from <c>__consumer_offsets</c>; a scan sees none, so the time the current offset was
/// first observed stands in for the last commit, and "no members" stands in for "no longer
/// committing" (an active member may re-commit the same offset, which a scan cannot tell apart).
/// </item>
/// <item>STALL if the offset never moved across the window (and the group is active, or STOP would have applied).</item>
/// <item>WARN if offsets moved but the lag never decreased from one observation to the next (Burrow's
/// "lag not decreasing": a constant non-zero lag counts, as in Burrow).</item>
/// <item>Otherwise OK.</item>
/// </list>
/// With a single observation nothing about movement can be decided: lag 0 is OK, a group without
/// members and with lag is STOP (it cannot be catching up), anything else is OK until the next scan.
/// </summary>
internal static class PartitionEvaluator
{
    /// <summary>The verdict and its reason for a non-empty window (oldest first, current scan last).</summary>
    public static (LagVerdict Verdict, string Reason) Evaluate(IReadOnlyList<LagObservation> window, bool groupActive)
    {
        if (window.Count == 0)
        {
            throw new ArgumentException("The window must hold at least the current observation.", nameof(window));
        }

        var current = window[^1];
        if (window.Any(o => o.Lag == 0))
        {
            return (LagVerdict.Ok, current.Lag == 0
                ? "caught up (lag 0)"
                : Text($"lag {current.Lag}, but it was 0 within the last {window.Count} scans"));
        }

        if (window.Count == 1)
        {
            return groupActive
                ? (LagVerdict.Ok, Text($"lag {current.Lag}; first observation, progress not yet measurable"))
                : (LagVerdict.Stop, Text($"lag {current.Lag} and the group has no members"));
        }

        for (var i = 1; i < window.Count; i++)
        {
            if (window[i].Committed < window[i - 1].Committed)
            {
                return (LagVerdict.Rewind, Text($"committed offset went back from {window[i - 1].Committed} to {window[i].Committed}"));
            }
        }

        var lastChange = FirstObservationAtCurrentOffset(window);
        var standing = current.ScannedAt - window[lastChange].ScannedAt;
        var moving = window[lastChange].ScannedAt - window[0].ScannedAt;
        if (!groupActive && (lastChange == 0 || standing > moving))
        {
            return (LagVerdict.Stop, Text($"no members and offset {current.Committed} unchanged since {window[lastChange].ScannedAt:u}, lag {current.Lag}"));
        }

        if (lastChange == 0)
        {
            return (LagVerdict.Stall, Text($"offset {current.Committed} unchanged over {window.Count} scans while lag is {current.Lag}"));
        }

        var lagNeverDecreased = true;
        for (var i = 1; i < window.Count && lagNeverDecreased; i++)
        {
            lagNeverDecreased = window[i].Lag >= window[i - 1].Lag;
        }

        return lagNeverDecreased
            ? (LagVerdict.Warn, Text($"offsets move but lag never decreased over {window.Count} scans ({window[0].Lag} → {current.Lag})"))
            : (LagVerdict.Ok, Text($"consuming (lag {current.Lag})"));
    }

    /// <summary>Index of the oldest observation from which the committed offset equals the current one.</summary>
    private static int FirstObservationAtCurrentOffset(IReadOnlyList<LagObservation> window)
    {
        var index = window.Count - 1;
        while (index > 0 && window[index - 1].Committed == window[^1].Committed)
        {
            index--;
        }

        return index;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
