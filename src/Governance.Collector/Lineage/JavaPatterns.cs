using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Governance.Collector.Lineage;

/// <summary>
/// Java-style patterns as Kafka tools configure them. Java's <c>Matcher.matches()</c> must match the
/// whole input, so every pattern is anchored; the regex dialects agree on what these configs use.
/// </summary>
internal static class JavaPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex?> ListCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Regex?> SingleCache = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="value"/> fully matches one of the comma-separated patterns (MirrorMaker 2's
    /// <c>topics</c>/<c>topics.exclude</c>, Connect's <c>topics.regex</c>). An invalid list matches nothing.
    /// </summary>
    public static bool MatchesAny(string patternList, string value) =>
        ListCache.GetOrAdd(patternList, static list => Compile(SplitList(list))) is { } regex && Matches(regex, value);

    /// <summary>Java <c>Pattern.matcher(value).matches() ? replaceFirst(replacement) : value</c> (Connect's RegexRouter); null if the pattern is invalid.</summary>
    public static string? ReplaceIfMatches(string pattern, string replacement, string value)
    {
        var regex = SingleCache.GetOrAdd(pattern, static p => Compile([p]));
        if (regex is null)
        {
            return null;
        }

        return Matches(regex, value) ? regex.Replace(value, JavaReplacement(replacement), 1) : value;
    }

    /// <summary>The literal a pattern denotes (<c>public\.receipts</c> → <c>public.receipts</c>), or null if it is a real regex.</summary>
    public static string? Unescape(string pattern)
    {
        // A bare dot is taken as the dot it almost always means in "schema.table".
        var text = pattern.Replace(@"\.", ".", StringComparison.Ordinal);
        return text.IndexOfAny(['\\', '*', '+', '?', '[', ']', '(', ')', '{', '}', '|', '^', '$']) >= 0 ? null : text;
    }

    /// <summary>Splits a Kafka list config: comma-separated, trimmed, empty entries dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? Compile(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return null;
        }

        try
        {
            return new Regex($"^(?:{string.Join('|', patterns.Select(p => $"(?:{p})"))})$", RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Java writes groups as $1 and ${name} like .NET; a literal dollar is \$ in Java, $$ in .NET.
    private static string JavaReplacement(string replacement) => replacement.Replace(@"\$", "$$", StringComparison.Ordinal);
}
