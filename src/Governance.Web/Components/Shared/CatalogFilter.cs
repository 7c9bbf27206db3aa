using Governance.Web.Catalog;

namespace Governance.Web.Components.Shared;

/// <summary>
/// The catalog's filters as they appear in its URL (<c>?q=&amp;type=&amp;ns=</c>), so a filtered
/// catalog can be bookmarked and shared.
/// </summary>
/// <param name="Query">Search words; empty lists everything.</param>
/// <param name="Type"><see cref="AllTypes"/>, <see cref="Datasets"/> or <see cref="Jobs"/>.</param>
/// <param name="Namespace">Only this namespace, or null for all.</param>
public sealed record CatalogFilter(string Query, string Type, string? Namespace)
{
    public const string QueryParameter = "q";
    public const string TypeParameter = "type";
    public const string NamespaceParameter = "ns";

    public const string AllTypes = "all";
    public const string Datasets = "dataset";
    public const string Jobs = "job";

    public static CatalogFilter Everything { get; } = new(string.Empty, AllTypes, null);

    /// <summary>Reads the URL's values leniently: unknown types mean all, blanks mean no filter.</summary>
    public static CatalogFilter From(string? query, string? type, string? @namespace) =>
        new(query?.Trim() ?? string.Empty, NormalizeType(type), string.IsNullOrWhiteSpace(@namespace) ? null : @namespace);

    /// <summary>The type as <see cref="CatalogSearch"/> expects it (null for both).</summary>
    public string? SearchType => Type switch
    {
        Datasets => CatalogSearch.DatasetType,
        Jobs => CatalogSearch.JobType,
        _ => null,
    };

    /// <summary>The catalog URL that shows exactly this filter.</summary>
    public string ToUrl() => PortalLinks.Catalog(Query, Type == AllTypes ? null : Type, Namespace);

    private static string NormalizeType(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "dataset" or "datasets" => Datasets,
        "job" or "jobs" => Jobs,
        _ => AllTypes,
    };
}
