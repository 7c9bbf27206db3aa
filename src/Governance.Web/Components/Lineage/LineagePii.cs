using Governance.Web.Catalog;

namespace Governance.Web.Components.Lineage;

/// <summary>
/// Where personal data goes: the nodes tagged PII and everything downstream of them. Used by both
/// the dataset/job view and the column view, so that both highlight by the same rule.
/// </summary>
public static class LineagePii
{
    /// <summary>
    /// A tag marks personal data when it is the <c>PII</c> classification, compared case-insensitively,
    /// or its <c>key:value</c> spelling <c>PII:true</c> (how a <c>tags</c> facet entry with a value reads).
    /// <c>pii:none</c> or <c>pii:email</c> are free tags, as <see cref="CatalogLabels"/> reads them.
    /// </summary>
    public static bool IsPiiTag(string tag) =>
        tag.Equals(CatalogLabels.Pii, StringComparison.OrdinalIgnoreCase)
        || tag.Equals(CatalogLabels.Pii + ":true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether any of <paramref name="tags"/> marks personal data (none when null).</summary>
    public static bool IsTagged(IEnumerable<string>? tags) => tags?.Any(IsPiiTag) == true;

    /// <summary>The sources and every node reachable from them along the edges' direction.</summary>
    public static HashSet<string> Downstream(IEnumerable<string> sources, IEnumerable<(string From, string To)> edges)
    {
        var next = edges.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var seen = new HashSet<string>(sources, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var to in next[id].Where(seen.Add))
            {
                queue.Enqueue(to);
            }
        }

        return seen;
    }

    public static LineageHighlight NodeHighlight(bool highlighting, bool tagged, bool downstream) =>
        !highlighting ? LineageHighlight.None
        : tagged ? LineageHighlight.Pii
        : downstream ? LineageHighlight.Path
        : LineageHighlight.Dimmed;

    public static LineageHighlight EdgeHighlight(bool highlighting, bool carriesPii) =>
        !highlighting ? LineageHighlight.None : carriesPii ? LineageHighlight.Path : LineageHighlight.Dimmed;
}
