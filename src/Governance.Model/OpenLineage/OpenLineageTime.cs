using System.Globalization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Lenient parsing of OpenLineage timestamps. The model keeps timestamps as strings because producers in the wild
/// send values that are not RFC 3339 (no UTC offset, nanoseconds, template placeholders); this class turns them into
/// <see cref="DateTimeOffset"/> when that is possible.
/// </summary>
public static class OpenLineageTime
{
    /// <summary>
    /// Parses an ISO-8601 timestamp that starts with <c>yyyy-MM-dd</c>. A missing offset is taken as UTC, fractions
    /// beyond 100 ns are truncated, a date without time is midnight UTC. The source offset is kept in the result.
    /// </summary>
    /// <param name="value">The timestamp text, e.g. <c>2020-12-28T19:51:01.641499</c>.</param>
    /// <param name="result">The parsed instant, or <c>default</c> when parsing failed.</param>
    /// <returns><c>false</c> for <c>null</c>, blank, placeholders such as <c>{{RUN_START_TIME}}</c> or other non-ISO text.</returns>
    public static bool TryParse(string? value, out DateTimeOffset result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        // Only ISO-8601 shaped input: DateTimeOffset.TryParse alone would also accept "12/28/2020" and similar.
        if (text.Length < 10 || !IsDigits(text, 0, 4) || text[4] != '-' || !IsDigits(text, 5, 2) || text[7] != '-' || !IsDigits(text, 8, 2))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }

    private static bool IsDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
