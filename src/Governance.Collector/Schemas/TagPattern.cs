using System.Text;
using System.Text.RegularExpressions;

namespace Governance.Collector.Schemas;

/// <summary>
/// A data-contract tag path with Confluent's wildcards, matched against dotted names: <c>*</c> matches any
/// characters within one dot-separated segment (also none, and also part of one: <c>cust*</c>), <c>**</c> any
/// characters across segments, <c>?</c> one character other than a dot, and <c>\</c> makes the next character
/// literal.
/// </summary>
/// <remarks>
/// The semantics are those of Confluent's <c>WildcardMatcher</c>, including its rewrite of <c>**.*</c> to
/// <c>**</c>. Patterns become non-backtracking regular expressions, so hostile patterns cannot stall a scan.
/// </remarks>
internal sealed class TagPattern
{
    private readonly Regex _regex;

    public TagPattern(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex(ToRegex(pattern.Replace("**.*", "**", StringComparison.Ordinal)), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Whether the whole <paramref name="name"/> matches.</summary>
    public bool Matches(string name) => _regex.IsMatch(name);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    regex.Append(".*");
                    i++;
                    break;
                case '*':
                    regex.Append("[^.]*");
                    break;
                case '?':
                    regex.Append("[^.]");
                    break;
                case '\\':
                    // A trailing backslash stands for itself.
                    regex.Append(Regex.Escape(i + 1 < pattern.Length ? pattern[++i].ToString() : "\\"));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }
}
