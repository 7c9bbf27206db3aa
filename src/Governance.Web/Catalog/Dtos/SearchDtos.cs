namespace Governance.Web.Catalog.Dtos;

/// <summary>Search results, Marquez-shaped.</summary>
public sealed record SearchResultList(int TotalCount, IReadOnlyList<SearchResult> Results);

/// <summary>One dataset or job that matched.</summary>
/// <param name="Owners">Its owners (teams or people), from its facets.</param>
/// <param name="Domains">Its business domains.</param>
/// <param name="Classifications">Its data classifications (PII, PCI, …), its fields' included.</param>
public sealed record SearchResult(
    string Type, string Name, DateTime UpdatedAt, string Namespace, string NodeId, string? Description, string? Subtype,
    IReadOnlyList<string> Owners, IReadOnlyList<string> Domains, IReadOnlyList<string> Classifications);

/// <summary>
/// Search facets (in the search-engine sense, not OpenLineage facets): the values each catalog
/// filter can take for the current search, with how many datasets and jobs each would leave. A
/// kind's counts ignore that kind's own filter, so its alternatives stay visible once one is chosen.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Namespaces,
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Domains,
    IReadOnlyList<FacetValue> Owners,
    IReadOnlyList<FacetValue> Tags,
    IReadOnlyList<FacetValue> Classifications)
{
    /// <summary>No values at all (before anything is loaded).</summary>
    public static SearchFacets None { get; } = new([], [], [], [], [], []);
}

/// <summary>One filter value and the number of datasets and jobs that carry it.</summary>
public sealed record FacetValue(string Value, int Count);
