using System.Text;
using System.Text.RegularExpressions;

namespace Governance.Model.Contracts.Cel;

/// <summary>Compiled regular expressions of one program; patterns are nearly always literals, so few and reused.</summary>
internal sealed class CelRegexCache
{
    private const int Capacity = 32;

    /// <summary>
    /// The first non-backtracking match in a process JIT-compiles the engine, which can take longer
    /// than a match timeout; warming up before the first timed match keeps that cost out of it.
    /// </summary>
    private static readonly Lazy<bool> WarmedUp = new(() =>
        new Regex(@"(?im)^[a-z0-9_]+\b(x|y)*\p{L}{1,3}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant).IsMatch("warm\nup_1 xyé"));

    private readonly Dictionary<string, Regex> _compiled = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <exception cref="RegexParseException">The pattern is malformed.</exception>
    /// <exception cref="NotSupportedException">The pattern needs backtracking (RE2 rejects those constructs too).</exception>
    public Regex Get(string pattern, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_compiled.TryGetValue(pattern, out var cached))
                return cached;
        }

        _ = WarmedUp.Value;
        var regex = new Regex(CelRegexTranslator.Translate(pattern), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, timeout);
        lock (_gate)
        {
            if (_compiled.Count >= Capacity)
                _compiled.Clear();
            _compiled[pattern] = regex;
        }

        return regex;
    }
}

/// <summary>
/// Rewrites the RE2 constructs whose .NET meaning differs: <c>\d \w \s</c> are ASCII-only in RE2,
/// <c>$</c> (outside multi-line mode) matches only at the very end, <c>(?P&lt;name&gt;…)</c> names a group,
/// <c>\pL</c> is a one-letter Unicode class and <c>[[:alpha:]]</c> a POSIX class. Everything else is
/// passed through; .NET rejects what it does not know.
/// </summary>
internal static class CelRegexTranslator
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = @"\x00-\x7F",
        ["blank"] = @"\t ",
        ["cntrl"] = @"\x00-\x1F\x7F",
        ["digit"] = "0-9",
        ["graph"] = @"!-~",
        ["lower"] = "a-z",
        ["print"] = @" -~",
        ["punct"] = @"!-/:-@\[-`{-~",
        ["space"] = @"\t\n\v\f\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    public static string Translate(string pattern)
    {
        var multiLine = HasMultiLineFlag(pattern);
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i++;
                result.Append(TranslateEscape(pattern, ref i, inClass));
            }
            else if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':' && TryPosixClass(pattern, ref i, result))
                    continue;
                inClass = c != ']';
                result.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                result.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    result.Append(pattern[++i]);
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    // A ']' first in a class is a literal in RE2.
                    result.Append(@"\]");
                    i++;
                }
            }
            else if (c == '$' && !multiLine)
            {
                result.Append(@"\z");
            }
            else if (c == '(' && pattern.AsSpan(i).StartsWith("(?P<"))
            {
                result.Append("(?<");
                i += 3;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static string TranslateEscape(string pattern, ref int i, bool inClass)
    {
        var c = pattern[i];
        switch (c)
        {
            case 'd': return inClass ? "0-9" : "[0-9]";
            case 'D': return inClass ? @"\D" : "[^0-9]";
            case 'w': return inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]";
            case 'W': return inClass ? @"\W" : "[^0-9A-Za-z_]";
            case 's': return inClass ? @"\t\n\f\r " : @"[\t\n\f\r ]";
            case 'S': return inClass ? @"\S" : @"[^\t\n\f\r ]";
            case 'p' or 'P' when i + 1 < pattern.Length && char.IsAsciiLetter(pattern[i + 1]):
                i++;
                return $@"\{c}{{{pattern[i]}}}";
            default:
                return "\\" + c;
        }
    }

    private static bool TryPosixClass(string pattern, ref int i, StringBuilder result)
    {
        var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
        if (close < 0 || !PosixClasses.TryGetValue(pattern[(i + 2)..close], out var expansion))
            return false;
        result.Append(expansion);
        i = close + 1;
        return true;
    }

    /// <summary>Whether a flag group such as <c>(?m)</c> or <c>(?im:</c> turns on multi-line mode somewhere.</summary>
    private static bool HasMultiLineFlag(string pattern)
    {
        for (var start = pattern.IndexOf("(?", StringComparison.Ordinal); start >= 0; start = pattern.IndexOf("(?", start + 2, StringComparison.Ordinal))
        {
            var end = start + 2;
            while (end < pattern.Length && (char.IsAsciiLetter(pattern[end]) || pattern[end] == '-'))
            {
                end++;
            }

            var flags = pattern.AsSpan(start + 2, end - start - 2);
            if (end < pattern.Length && pattern[end] is ')' or ':' && flags.Contains('m') && !flags[..(flags.IndexOf('m'))].Contains('-'))
                return true;
        }

        return false;
    }
}
