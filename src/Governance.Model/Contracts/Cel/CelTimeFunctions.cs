using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// <c>timestamp()</c>, <c>duration()</c>, their arithmetic and the accessor methods
/// (<c>getFullYear</c>, <c>getMonth</c>, <c>getHours</c>, …) with an optional time zone:
/// <c>UTC</c>, a fixed offset such as <c>+05:30</c>, or an IANA name such as <c>Europe/Paris</c>.
/// </summary>
internal static class CelTimeFunctions
{
    public static CelValue ToTimestamp(CelValue value, CelCallExpr call) => value switch
    {
        CelTimestamp => value,
        CelString s => CelTimestamp.TryParse(s.Value, out var parsed)
            ? parsed
            : new CelError(CelErrorKind.InvalidArgument, $"cannot parse {CelText.Describe(s)} as an RFC 3339 timestamp", call.Position),
        CelInt i => i.Value >= -62135596800L && i.Value <= 253402300799L
            ? new CelTimestamp(DateTimeOffset.FromUnixTimeSeconds(i.Value))
            : new CelError(CelErrorKind.Overflow, $"{i} seconds since the epoch is outside years 1 to 9999", call.Position),
        _ => CelFunctions.NoOverload(call, null, [value]),
    };

    public static CelValue ToDuration(CelValue value, CelCallExpr call) => value switch
    {
        CelDuration => value,
        CelString s => CelDuration.TryParse(s.Value, out var parsed)
            ? parsed
            : new CelError(CelErrorKind.InvalidArgument, $"cannot parse {CelText.Describe(s)} as a duration (e.g. \"1h30m\", \"1.5s\", \"250ms\")", call.Position),
        _ => CelFunctions.NoOverload(call, null, [value]),
    };

    public static CelValue Arithmetic(CelBinaryOperator op, CelValue left, CelValue right, CelPosition position)
    {
        var result = (op, left, right) switch
        {
            (CelBinaryOperator.Add, CelTimestamp t, CelDuration d) => Shift(t, d.Value.Ticks),
            (CelBinaryOperator.Add, CelDuration d, CelTimestamp t) => Shift(t, d.Value.Ticks),
            (CelBinaryOperator.Subtract, CelTimestamp t, CelDuration d) => Shift(t, -(Int128)d.Value.Ticks),
            (CelBinaryOperator.Subtract, CelTimestamp a, CelTimestamp b) => Span((Int128)a.Value.UtcTicks - b.Value.UtcTicks),
            (CelBinaryOperator.Add, CelDuration a, CelDuration b) => Span((Int128)a.Value.Ticks + b.Value.Ticks),
            (CelBinaryOperator.Subtract, CelDuration a, CelDuration b) => Span((Int128)a.Value.Ticks - b.Value.Ticks),
            _ => (CelValue?)CelError.NoOverload(CelOperatorText.Symbol(op), position, left, right),
        };
        return result ?? new CelError(CelErrorKind.Overflow, $"'{CelOperatorText.Symbol(op)}' leaves the range of timestamps or durations", position);
    }

    private static CelValue? Shift(CelTimestamp timestamp, Int128 ticks) =>
        ticks + timestamp.Value.UtcTicks is var shifted && shifted >= long.MinValue && shifted <= long.MaxValue
        && CelTimestamp.TryFromUtcTicks((long)shifted, out var result) ? result : null;

    private static CelValue? Span(Int128 ticks) => CelDuration.TryFromTicks(ticks, out var result) ? result : null;

    /// <summary>Accessor methods; false when the name is not one of them.</summary>
    public static bool TryInvoke(CelCallExpr call, CelValue? target, CelValue[] arguments, [NotNullWhen(true)] out CelValue? result)
    {
        result = null;
        if (!IsAccessor(call.Function))
            return false;

        result = (target, arguments) switch
        {
            (CelTimestamp t, []) => TimestampPart(call, t.Value),
            (CelTimestamp t, [CelString zone]) => InZone(call, t, zone),
            (CelDuration d, []) => DurationPart(call, d.Value),
            _ => null,
        };
        result ??= CelFunctions.NoOverload(call, target, arguments);
        return true;
    }

    private static bool IsAccessor(string name) => name is "getFullYear" or "getMonth" or "getDate" or "getDayOfMonth"
        or "getDayOfWeek" or "getDayOfYear" or "getHours" or "getMinutes" or "getSeconds" or "getMilliseconds";

    private static CelValue? TimestampPart(CelCallExpr call, DateTimeOffset at) => call.Function switch
    {
        "getFullYear" => new CelInt(at.Year),
        "getMonth" => new CelInt(at.Month - 1),
        "getDate" => new CelInt(at.Day),
        "getDayOfMonth" => new CelInt(at.Day - 1),
        "getDayOfWeek" => new CelInt((int)at.DayOfWeek),
        "getDayOfYear" => new CelInt(at.DayOfYear - 1),
        "getHours" => new CelInt(at.Hour),
        "getMinutes" => new CelInt(at.Minute),
        "getSeconds" => new CelInt(at.Second),
        _ => new CelInt(at.Millisecond),
    };

    private static CelValue? DurationPart(CelCallExpr call, TimeSpan span) => call.Function switch
    {
        "getHours" => new CelInt((long)span.TotalHours),
        "getMinutes" => new CelInt((long)span.TotalMinutes),
        "getSeconds" => new CelInt((long)span.TotalSeconds),
        "getMilliseconds" => new CelInt(span.Milliseconds),
        _ => null,
    };

    private static CelValue? InZone(CelCallExpr call, CelTimestamp timestamp, CelString zone)
    {
        if (!TryGetOffset(zone.Value, timestamp.Value, out var offset))
            return new CelError(CelErrorKind.InvalidArgument, $"unknown time zone {CelText.Describe(zone)}", call.Position);
        var localTicks = timestamp.Value.UtcTicks + offset.Ticks;
        if (localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks)
            return new CelError(CelErrorKind.Overflow, $"{timestamp} in time zone {CelText.Describe(zone)} is outside years 1 to 9999", call.Position);
        return TimestampPart(call, new DateTimeOffset(localTicks, TimeSpan.Zero));
    }

    private static bool TryGetOffset(string zone, DateTimeOffset instant, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is "UTC" or "Z")
            return true;
        if (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':'
            && TimeSpan.TryParseExact(zone[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var fixedOffset))
        {
            offset = zone[0] == '-' ? -fixedOffset : fixedOffset;
            return true;
        }

        // Zone names become file paths on Linux; only IANA-shaped names (no dots, so no "..") are looked up.
        var ianaShaped = zone.Length is > 0 and <= 64 && zone.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');
        if (!ianaShaped || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var timeZone))
            return false;
        offset = timeZone.GetUtcOffset(instant);
        return true;
    }
}
