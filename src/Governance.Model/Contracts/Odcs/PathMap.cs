namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Translates paths in the exported layout (what <see cref="ContractValidator"/> reports) into the paths of the
/// imported document, where a modeled item was read from elsewhere (an allowed-values rule that was the third
/// quality entry, a custom property that was the fifth, a legacy team array).
/// </summary>
internal sealed class PathMap
{
    private readonly List<(string Canonical, string Source)> _prefixes = [];

    public void Add(string canonical, string source)
    {
        if (canonical != source)
        {
            _prefixes.Add((canonical, source));
        }
    }

    public string ToSource(string path)
    {
        var best = (Canonical: string.Empty, Source: string.Empty);
        foreach (var prefix in _prefixes)
        {
            if (prefix.Canonical.Length > best.Canonical.Length && IsPrefix(prefix.Canonical, path))
            {
                best = prefix;
            }
        }

        return best.Canonical.Length == 0 ? path : best.Source + path[best.Canonical.Length..];
    }

    private static bool IsPrefix(string prefix, string path) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');
}
