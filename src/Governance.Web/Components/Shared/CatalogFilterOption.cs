using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Components.Shared;

/// <summary>One value a catalog filter offers, with how many datasets and jobs it would leave (null when not counted).</summary>
public sealed record CatalogFilterOption(string Value, int? Count)
{
    /// <summary>
    /// The options to offer: the counted values, plus the chosen one if the counts do not list it
    /// (a shared link to a rare value beyond the top ones, or one that no longer matches anything),
    /// so a choice in force is always shown, and can be cleared.
    /// </summary>
    public static IReadOnlyList<CatalogFilterOption> For(IReadOnlyList<FacetValue> values, string? selected)
    {
        var options = values.Select(v => new CatalogFilterOption(v.Value, v.Count)).ToList();
        if (!string.IsNullOrWhiteSpace(selected) && Matching(options, selected) is null)
        {
            options.Insert(0, new CatalogFilterOption(selected.Trim(), null));
        }

        return options;
    }

    /// <summary>
    /// The option the filter's value stands for. Filters ignore case, so <c>?classification=pii</c>
    /// selects the option spelled <c>PII</c>.
    /// </summary>
    public static CatalogFilterOption? Matching(IEnumerable<CatalogFilterOption> options, string? selected) =>
        string.IsNullOrWhiteSpace(selected)
            ? null
            : options.FirstOrDefault(o => o.Value.Equals(selected.Trim(), StringComparison.OrdinalIgnoreCase));
}
