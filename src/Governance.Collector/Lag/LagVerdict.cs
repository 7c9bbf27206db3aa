namespace Governance.Collector.Lag;

/// <summary>
/// Burrow's consumer statuses, declared from least to most severe so that a group's verdict is the
/// maximum of its partitions'. Burrow itself orders them OK &lt; WARN &lt; ERR &lt; STOP &lt; STALL &lt; REWIND and
/// folds everything above ERR into ERR at group level; this portal keeps the partition's own status
/// at group level (more telling on a dashboard) and ranks ERR last because it means the committed
/// position is not even valid.
/// </summary>
public enum LagVerdict
{
    /// <summary>Burrow <c>OK</c>: lag was zero at some point in the window, or the group is making progress.</summary>
    Ok,

    /// <summary>Burrow <c>WARN</c>: offsets move, but lag never decreased across the window (the consumer falls behind).</summary>
    Warn,

    /// <summary>Burrow <c>STALL</c>: the group is active, lag is non-zero and the committed offset has not moved.</summary>
    Stall,

    /// <summary>Burrow <c>STOP</c>: the group has no members and has stopped committing while lag is non-zero.</summary>
    Stop,

    /// <summary>Burrow <c>REWIND</c>: a committed offset went backwards within the window.</summary>
    Rewind,

    /// <summary>
    /// Burrow <c>ERR</c>: the committed offset is not a valid position: beyond the log end, or on a topic
    /// or partition that does not exist.
    /// </summary>
    Err,
}

/// <summary>Burrow's spelling of the verdicts.</summary>
public static class LagVerdicts
{
    /// <summary>The verdict as Burrow prints it: <c>OK</c>, <c>WARN</c>, <c>STALL</c>, <c>STOP</c>, <c>REWIND</c>, <c>ERR</c>.</summary>
    public static string ToBurrowName(this LagVerdict verdict) => verdict switch
    {
        LagVerdict.Ok => "OK",
        LagVerdict.Warn => "WARN",
        LagVerdict.Stall => "STALL",
        LagVerdict.Stop => "STOP",
        LagVerdict.Rewind => "REWIND",
        LagVerdict.Err => "ERR",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
