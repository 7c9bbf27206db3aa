using Radzen;

namespace Governance.Web.Components.Shared;

/// <summary>
/// How the portal shows a consumer group's Burrow-style lag verdict: OK is healthy, WARN means the
/// group is falling behind, STALL, STOP, REWIND and ERR need someone to look. Burrow's long spellings
/// (WARNING, STALLED, STOPPED, ERROR) are understood too.
/// </summary>
public static class LagVerdictStyle
{
    /// <summary>Shown when a producer reported lag without a verdict.</summary>
    public const string Unknown = "UNKNOWN";

    /// <summary>The verdict as displayed: upper case, <see cref="Unknown"/> when blank.</summary>
    public static string Text(string? verdict) => string.IsNullOrWhiteSpace(verdict) ? Unknown : verdict.Trim().ToUpperInvariant();

    /// <summary>The short Burrow name for a verdict in either spelling (OK, WARN, STALL, STOP, REWIND, ERR).</summary>
    public static string Canonical(string? verdict) => Text(verdict) switch
    {
        "WARNING" => "WARN",
        "STALLED" => "STALL",
        "STOPPED" => "STOP",
        "ERROR" => "ERR",
        var text => text,
    };

    public static BadgeStyle Badge(string? verdict) => Canonical(verdict) switch
    {
        "OK" => BadgeStyle.Success,
        "WARN" => BadgeStyle.Warning,
        "STALL" or "STOP" or "REWIND" or "ERR" => BadgeStyle.Danger,
        _ => BadgeStyle.Base,
    };

    /// <summary>A CSS class suffix for the verdict's colour: <c>ok</c>, <c>warn</c>, <c>danger</c> or <c>unknown</c>.</summary>
    public static string Tone(string? verdict) => Badge(verdict) switch
    {
        BadgeStyle.Success => "ok",
        BadgeStyle.Warning => "warn",
        BadgeStyle.Danger => "danger",
        _ => "unknown",
    };

    /// <summary>What the verdict means, for a tooltip.</summary>
    public static string Meaning(string? verdict) => Canonical(verdict) switch
    {
        "OK" => "Keeping up: the lag reached zero or the group is making progress.",
        "WARN" => "Falling behind: offsets move, but the lag did not decrease over the recent scans.",
        "STALL" => "Stalled: the group is active and behind, but its committed offsets do not move.",
        "STOP" => "Stopped: the group has no members and stopped committing while behind.",
        "REWIND" => "Rewound: a committed offset went backwards.",
        "ERR" => "Error: a committed offset is not a valid position (beyond the log end, or on a missing partition).",
        _ => "No verdict was reported.",
    };
}
