using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>A validation error located in the validated token tree.</summary>
/// <param name="Path">Canonical JSON path (<c>$.a.b[0]['c.d']</c>).</param>
/// <param name="Token">The offending value; <see langword="null"/> for a missing property.</param>
/// <param name="Parent">The container of <paramref name="Token"/> (for a missing property: the object lacking it).</param>
internal readonly record struct ResolvedPath(string Path, JToken? Token, JToken? Parent);

/// <summary>
/// Maps the property path NJsonSchema 10.x puts on a <c>ValidationError</c> (e.g.
/// <c>#/run.facets['spark.logicalPlan']._producer</c>) back onto the validated <see cref="JToken"/> tree.
/// NJsonSchema 10.7.2 does not expose the failing token and its path text is ambiguous (member names are joined
/// with dots without escaping, except some bracket-quoted ones), so the path is matched against the actual member
/// names with backtracking, and re-rendered canonically with <see cref="JsonTokens.AppendProperty"/>.
/// </summary>
internal static class ErrorPathResolver
{
    /// <summary>Locates <paramref name="errorPath"/> (absolute, from the event root) in <paramref name="root"/>.</summary>
    public static ResolvedPath Resolve(JToken root, string? errorPath, string? missingProperty)
    {
        const string basePath = "$";
        var baseToken = root;
        var rest = errorPath ?? string.Empty;
        if (rest.StartsWith("#/", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }
        else if (rest.StartsWith('#'))
        {
            rest = rest[1..];
        }

        if (TryResolve(baseToken, baseToken.Parent, rest, basePath, missingProperty, out var resolved))
        {
            return resolved;
        }

        // Should not happen; keep the raw path rather than dropping the error.
        return new ResolvedPath(rest.Length == 0 ? basePath : basePath + (rest[0] == '[' ? string.Empty : ".") + rest, null, null);
    }

    private static bool TryResolve(JToken current, JToken? parent, string rest, string path, string? missing, out ResolvedPath resolved)
    {
        if (rest.Length == 0)
        {
            resolved = new ResolvedPath(path, current, parent);
            return true;
        }

        if (rest[0] == '.')
        {
            rest = rest[1..];
        }

        if (current is JArray array && rest.StartsWith('['))
        {
            var end = rest.IndexOf(']', StringComparison.Ordinal);
            if (end > 1 && int.TryParse(rest.AsSpan(1, end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count
                && TryResolve(array[index], array, rest[(end + 1)..], JsonTokens.AppendIndex(path, index), missing, out resolved))
            {
                return true;
            }
        }

        if (current is JObject obj)
        {
            if (rest.StartsWith("['", StringComparison.Ordinal))
            {
                foreach (var property in obj.Properties())
                {
                    foreach (var form in BracketForms(property.Name))
                    {
                        if (rest.StartsWith(form, StringComparison.Ordinal)
                            && TryResolve(property.Value, obj, rest[form.Length..], JsonTokens.AppendProperty(path, property.Name), missing, out resolved))
                        {
                            return true;
                        }
                    }
                }
            }

            foreach (var property in obj.Properties().OrderByDescending(p => p.Name.Length))
            {
                var name = property.Name;
                if (name.Length > 0 && rest.StartsWith(name, StringComparison.Ordinal)
                    && (rest.Length == name.Length || rest[name.Length] is '.' or '[')
                    && TryResolve(property.Value, obj, rest[name.Length..], JsonTokens.AppendProperty(path, name), missing, out resolved))
                {
                    return true;
                }
            }
        }

        if (missing is not null && (rest == missing || BracketForms(missing).Contains(rest)))
        {
            // A missing required property; current may be a non-object (NJsonSchema also reports "required" on null).
            resolved = new ResolvedPath(JsonTokens.AppendProperty(path, missing), null, current);
            return true;
        }

        resolved = default;
        return false;
    }

    private static IEnumerable<string> BracketForms(string name)
    {
        yield return "['" + name + "']";
        if (name.Contains('\'', StringComparison.Ordinal))
        {
            yield return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
        }
    }
}
