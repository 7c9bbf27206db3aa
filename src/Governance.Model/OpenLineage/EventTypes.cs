namespace Governance.Model.OpenLineage;

/// <summary>
/// The values of <see cref="RunEvent.EventType"/> defined by the spec. <c>eventType</c> is kept as a string in the
/// model so that unexpected values from producers survive; compare against these constants.
/// </summary>
public static class EventTypes
{
    /// <summary>The run started.</summary>
    public const string Start = "START";

    /// <summary>The run is in progress (intermediate metadata, e.g. from streaming jobs).</summary>
    public const string Running = "RUNNING";

    /// <summary>The run finished successfully.</summary>
    public const string Complete = "COMPLETE";

    /// <summary>The run was stopped before it finished.</summary>
    public const string Abort = "ABORT";

    /// <summary>The run failed.</summary>
    public const string Fail = "FAIL";

    /// <summary>Additional metadata for a run, not a state transition.</summary>
    public const string Other = "OTHER";

    /// <summary>All event types the spec defines.</summary>
    public static IReadOnlyList<string> All { get; } = [Start, Running, Complete, Abort, Fail, Other];

    /// <summary>Whether <paramref name="eventType"/> is one of the spec's values (case-sensitive, as in the spec).</summary>
    /// <param name="eventType">The <c>eventType</c> of an event; may be <c>null</c>.</param>
    public static bool IsKnown(string? eventType) => eventType is Start or Running or Complete or Abort or Fail or Other;

    /// <summary>Whether <paramref name="eventType"/> ends a run (<c>COMPLETE</c>, <c>ABORT</c> or <c>FAIL</c>).</summary>
    /// <param name="eventType">The <c>eventType</c> of an event; may be <c>null</c>.</param>
    public static bool IsTerminal(string? eventType) => eventType is Complete or Abort or Fail;
}
