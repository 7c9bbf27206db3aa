using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Governance.Model.Contracts;

/// <summary>
/// A range of Schema Registry versions in interval notation: <c>[3,5]</c> (3 to 5), <c>[3,)</c> (3 or later),
/// <c>(,5)</c> (before 5), <c>[2,4)</c>, <c>[4]</c> (exactly 4). Versions are whole numbers from 1; square brackets
/// include the end, round brackets exclude it; an open end is written empty with a round bracket.
/// </summary>
/// <param name="Minimum">Lowest allowed version (already adjusted for an exclusive bracket), or <see langword="null"/>.</param>
/// <param name="Maximum">Highest allowed version (already adjusted for an exclusive bracket), or <see langword="null"/>.</param>
public readonly record struct SchemaVersionRange(int? Minimum, int? Maximum)
{
    /// <summary>Whether <paramref name="version"/> lies in the range.</summary>
    public bool Contains(int version) => (Minimum is null || version >= Minimum) && (Maximum is null || version <= Maximum);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out SchemaVersionRange range, [NotNullWhen(false)] out string? error)
    {
        range = default;
        var s = text?.Trim() ?? string.Empty;
        if (s.Length < 3 || s[0] is not ('[' or '(') || s[^1] is not (']' or ')'))
        {
            error = $"'{text}' is not a version range: write it as [min,max], [min,), (,max] or [exact]";
            return false;
        }

        bool lowInclusive = s[0] == '[', highInclusive = s[^1] == ']';
        var parts = s[1..^1].Split(',');
        if (parts.Length == 1)
        {
            if (!lowInclusive || !highInclusive)
            {
                error = $"'{text}': an exact version is written [n]";
                return false;
            }

            if (!TryVersion(parts[0], out var exact, out error))
            {
                return false;
            }

            range = new SchemaVersionRange(exact, exact);
            return true;
        }

        if (parts.Length != 2)
        {
            error = $"'{text}' has more than two ends";
            return false;
        }

        int? min = null, max = null;
        if (parts[0].Trim().Length > 0)
        {
            if (!TryVersion(parts[0], out var low, out error))
            {
                return false;
            }

            min = lowInclusive ? low : low + 1;
        }
        else if (lowInclusive)
        {
            error = $"'{text}': an open lower end is written with '('";
            return false;
        }

        if (parts[1].Trim().Length > 0)
        {
            if (!TryVersion(parts[1], out var high, out error))
            {
                return false;
            }

            max = highInclusive ? high : high - 1;
        }
        else if (highInclusive)
        {
            error = $"'{text}': an open upper end is written with ')'";
            return false;
        }

        if (min is null && max is null)
        {
            error = $"'{text}' has no end at all; leave the version range out instead";
            return false;
        }

        if ((min ?? 1) > (max ?? int.MaxValue))
        {
            error = $"'{text}' contains no version: its lower end is above its upper end";
            return false;
        }

        range = new SchemaVersionRange(min, max);
        error = null;
        return true;
    }

    private static bool TryVersion(string part, out int version, [NotNullWhen(false)] out string? error)
    {
        if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out version) || version < 1)
        {
            error = $"'{part.Trim()}' is not a schema version (a whole number from 1)";
            return false;
        }

        error = null;
        return true;
    }
}
