using System.Globalization;

namespace Governance.Web.Components.Shared;

/// <summary>
/// Reads Kafka topic configuration values the way people think of them: <c>retention.ms=604800000</c>
/// is 7 days, <c>-1</c> is unlimited, <c>segment.bytes=1073741824</c> is 1 GiB.
/// </summary>
public static class TopicConfigFormat
{
    /// <summary>A readable form of the value, or null when the raw value says it best.</summary>
    public static string? Readable(string key, string value)
    {
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        if (key.EndsWith(".ms", StringComparison.Ordinal))
        {
            return number < 0 ? "unlimited" : Duration(TimeSpan.FromMilliseconds(number));
        }

        if (key.EndsWith(".bytes", StringComparison.Ordinal))
        {
            return number < 0 ? "unlimited" : Size(number);
        }

        return null;
    }

    private static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => $"{span.TotalDays.ToString(CultureInfo.InvariantCulture)} d",
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => $"{span.TotalHours.ToString(CultureInfo.InvariantCulture)} h",
        { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => $"{span.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min",
        { TotalSeconds: >= 1 } => $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
        _ => $"{span.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms",
    };

    private static string Size(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {units[unit]}";
    }
}
