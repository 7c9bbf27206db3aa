using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// A CEL <c>google.protobuf.Timestamp</c>: an instant between years 1 and 9999, UTC.
/// Precision is 100 ns (.NET ticks); finer digits in RFC 3339 text are truncated.
/// </summary>
public sealed partial class CelTimestamp : CelValue
{
    internal const string TypeNameText = "google.protobuf.Timestamp";

    internal CelTimestamp(DateTimeOffset value) => Value = value.ToUniversalTime();

    /// <summary>The instant, with a zero offset.</summary>
    public DateTimeOffset Value { get; }

    /// <inheritdoc />
    public override string TypeName => TypeNameText;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelTimestamp other && other.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"timestamp({CelString.Quote(Format())})";

    /// <summary>RFC 3339 in UTC, fractional seconds only when present: <c>2024-05-01T10:00:00.5Z</c>.</summary>
    internal string Format()
    {
        var fraction = (Value.UtcTicks % TimeSpan.TicksPerSecond).ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
        var text = Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return fraction.Length == 0 ? text + "Z" : $"{text}.{fraction}Z";
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    /// <summary>Parses RFC 3339 text such as <c>1972-01-01T10:00:20.021-05:00</c>.</summary>
    internal static bool TryParse(string text, out CelTimestamp timestamp)
    {
        timestamp = null!;
        var match = Rfc3339().Match(text);
        if (!match.Success)
            return false;

        int Part(int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
        var (year, month, day, hour, minute, second) = (Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;

        var fraction = match.Groups[7].Value.PadRight(7, '0')[..7];
        var localTicks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks
            + long.Parse(fraction, CultureInfo.InvariantCulture);
        var offsetTicks = 0L;
        if (match.Groups[8].Success)
        {
            var (offsetHours, offsetMinutes) = (Part(9), Part(10));
            if (offsetHours > 23 || offsetMinutes > 59)
                return false;
            offsetTicks = ((offsetHours * 60L) + offsetMinutes) * TimeSpan.TicksPerMinute * (match.Groups[8].Value == "-" ? -1 : 1);
        }

        return TryFromUtcTicks(localTicks - offsetTicks, out timestamp);
    }

    internal static bool TryFromUtcTicks(long ticks, out CelTimestamp timestamp)
    {
        var inRange = ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;
        timestamp = inRange ? new CelTimestamp(new DateTimeOffset(ticks, TimeSpan.Zero)) : null!;
        return inRange;
    }
}

/// <summary>A CEL <c>google.protobuf.Duration</c>: a signed span of at most 10,000 years, 100 ns precision.</summary>
public sealed class CelDuration : CelValue
{
    internal const string TypeNameText = "google.protobuf.Duration";

    /// <summary>The largest magnitude the protobuf Duration allows: 315,576,000,000 seconds.</summary>
    internal const long MaxTicks = 315_576_000_000L * TimeSpan.TicksPerSecond;

    private static readonly (string Unit, decimal Ticks)[] Units =
    [
        ("ns", 0.01m), ("us", 10m), ("µs", 10m), ("μs", 10m), ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour),
    ];

    internal CelDuration(TimeSpan value) => Value = value;

    /// <summary>The span.</summary>
    public TimeSpan Value { get; }

    /// <inheritdoc />
    public override string TypeName => TypeNameText;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CelDuration other && other.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"duration({CelString.Quote(Format())})";

    /// <summary>Seconds with a trailing <c>s</c>, as protobuf's JSON form: <c>90s</c>, <c>-1.5s</c>.</summary>
    internal string Format()
    {
        var ticks = Value.Ticks;
        var sign = ticks < 0 ? "-" : "";
        var magnitude = (UInt128)(ticks < 0 ? -(Int128)ticks : ticks);
        var seconds = magnitude / (UInt128)TimeSpan.TicksPerSecond;
        var fraction = ((ulong)(magnitude % (UInt128)TimeSpan.TicksPerSecond)).ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
        return fraction.Length == 0 ? $"{sign}{seconds}s" : $"{sign}{seconds}.{fraction}s";
    }

    internal static bool TryFromTicks(Int128 ticks, out CelDuration duration)
    {
        var inRange = ticks >= -MaxTicks && ticks <= MaxTicks;
        duration = inRange ? new CelDuration(TimeSpan.FromTicks((long)ticks)) : null!;
        return inRange;
    }

    /// <summary>
    /// Parses Go duration syntax as <c>duration()</c> accepts it: an optional sign and a sequence of
    /// decimal numbers with units <c>h m s ms us ns</c>, e.g. <c>1h30m</c>, <c>-1.5s</c>, <c>0</c>.
    /// </summary>
    internal static bool TryParse(string text, out CelDuration duration)
    {
        duration = null!;
        var span = text.AsSpan();
        var negative = span.StartsWith("-");
        if (negative || span.StartsWith("+"))
            span = span[1..];
        if (span.SequenceEqual("0"))
            return TryFromTicks(0, out duration);
        if (span.IsEmpty)
            return false;

        var total = 0m;
        while (!span.IsEmpty)
        {
            var numberLength = span.IndexOfAnyExcept("0123456789.");
            if (numberLength <= 0 || !decimal.TryParse(span[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                return false;
            span = span[numberLength..];
            var unit = LongestUnitPrefix(span);
            if (unit.Unit is null)
                return false;
            span = span[unit.Unit.Length..];
            if (amount > MaxTicks / unit.Ticks)
                return false;
            total += amount * unit.Ticks;
            if (total > MaxTicks)
                return false;
        }

        return TryFromTicks((Int128)decimal.Truncate(negative ? -total : total), out duration);
    }

    /// <summary>"ms" must win over "m", so the longest unit that prefixes the text is taken.</summary>
    private static (string Unit, decimal Ticks) LongestUnitPrefix(ReadOnlySpan<char> text)
    {
        (string Unit, decimal Ticks) best = default;
        foreach (var unit in Units)
        {
            if (text.StartsWith(unit.Unit) && unit.Unit.Length > (best.Unit?.Length ?? 0))
                best = unit;
        }

        return best;
    }
}
