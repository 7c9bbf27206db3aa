using Governance.Web.Catalog;

namespace Governance.Web.Components.Shared;

/// <summary>
/// The catalog's filters and order as they appear in its URL
/// (<c>?q=&amp;type=&amp;ns=&amp;domain=&amp;owner=&amp;tag=&amp;classification=&amp;sort=</c>), so a
/// filtered catalog can be bookmarked and shared, and the back button restores it.
/// </summary>
/// <param name="Query">Search words; empty lists everything.</param>
/// <param name="Type"><see cref="AllTypes"/>, <see cref="Datasets"/> or <see cref="Jobs"/>.</param>
/// <param name="Namespace">Only this namespace, or null for all.</param>
/// <param name="Domain">Only this domain, or null.</param>
/// <param name="Owner">Only this owner, or null.</param>
/// <param name="Tag">Only this tag, or null.</param>
/// <param name="Classification">Only this classification (e.g. PII), or null.</param>
/// <param name="Sort">One of <see cref="SortOptions"/>; <see cref="ByName"/> by default.</param>
public sealed record CatalogFilter(
    string Query,
    string Type,
    string? Namespace,
    string? Domain = null,
    string? Owner = null,
    string? Tag = null,
    string? Classification = null,
    string Sort = CatalogFilter.ByName)
{
    public const string QueryParameter = "q";
    public const string TypeParameter = "type";
    public const string NamespaceParameter = "ns";
    public const string DomainParameter = "domain";
    public const string OwnerParameter = "owner";
    public const string TagParameter = "tag";
    public const string ClassificationParameter = "classification";
    public const string SortParameter = "sort";

    public const string AllTypes = "all";
    public const string Datasets = "dataset";
    public const string Jobs = "job";

    /// <summary>Names A→Z (the default).</summary>
    public const string ByName = "name";
    /// <summary>Names Z→A.</summary>
    public const string ByNameDescending = "name-desc";
    /// <summary>Most recently updated first.</summary>
    public const string Newest = "newest";
    /// <summary>Least recently updated first.</summary>
    public const string Oldest = "oldest";

    /// <summary>The orders the catalog offers, with their labels, in the order they are offered.</summary>
    public static IReadOnlyList<(string Value, string Label)> SortOptions { get; } =
    [
        (ByName, "Name A → Z"), (ByNameDescending, "Name Z → A"), (Newest, "Recently updated"), (Oldest, "Least recently updated"),
    ];

    public static CatalogFilter Everything { get; } = new(string.Empty, AllTypes, null);

    /// <summary>Reads the URL's values leniently: unknown types and orders mean the default, blanks mean no filter.</summary>
    public static CatalogFilter From(
        string? query, string? type, string? @namespace, string? domain = null, string? owner = null, string? tag = null,
        string? classification = null, string? sort = null) =>
        new(query?.Trim() ?? string.Empty, NormalizeType(type), Blank(@namespace), Blank(domain), Blank(owner), Blank(tag),
            Blank(classification), NormalizeSort(sort));

    /// <summary>The type as <see cref="CatalogSearch"/> expects it (null for both).</summary>
    public string? SearchType => Type switch
    {
        Datasets => CatalogSearch.DatasetType,
        Jobs => CatalogSearch.JobType,
        _ => null,
    };

    /// <summary>What the search includes, as <see cref="CatalogSearch"/> and <see cref="CatalogSearchFacets"/> take it.</summary>
    public CatalogCriteria ToCriteria() => new(Query, SearchType, Namespace, Domain, Owner, Tag, Classification);

    /// <summary>The database order this filter's <see cref="Sort"/> stands for.</summary>
    public (CatalogSort Sort, SortDirection Direction) Order => Sort switch
    {
        ByNameDescending => (CatalogSort.Name, SortDirection.Descending),
        Newest => (CatalogSort.UpdatedAt, SortDirection.Descending),
        Oldest => (CatalogSort.UpdatedAt, SortDirection.Ascending),
        _ => (CatalogSort.Name, SortDirection.Ascending),
    };

    /// <summary>The catalog URL that shows exactly this filter (defaults left out).</summary>
    public string ToUrl()
    {
        var url = PortalLinks.Catalog(Query, Type == AllTypes ? null : Type, Namespace);
        var extra = new[]
            {
                (DomainParameter, Domain), (OwnerParameter, Owner), (TagParameter, Tag),
                (ClassificationParameter, Classification), (SortParameter, Sort == ByName ? null : Sort),
            }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")
            .ToList();
        return extra.Count == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', extra);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string NormalizeType(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "dataset" or "datasets" => Datasets,
        "job" or "jobs" => Jobs,
        _ => AllTypes,
    };

    private static string NormalizeSort(string? sort) =>
        SortOptions.Select(o => o.Value).FirstOrDefault(v => v.Equals(sort?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? ByName;
}
