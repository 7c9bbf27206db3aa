using Governance.Web.Data.Entities;
using Governance.Web.Ingestion.Projection;

namespace Governance.Web.Catalog;

/// <summary>What narrows the catalog; shared by the result list and the filter values with their counts.</summary>
/// <param name="Query">Words matched (case-insensitively) against names, descriptions, current field names and
/// label values (owners, domains, tags, classifications); empty matches everything.</param>
/// <param name="Type"><see cref="CatalogSearch.DatasetType"/>, <see cref="CatalogSearch.JobType"/> or null for both.</param>
/// <param name="Namespace">Only this namespace (exact), or null.</param>
/// <param name="Domain">Only entities with this domain (case-insensitive), or null.</param>
/// <param name="Owner">Only entities with this owner (case-insensitive), or null.</param>
/// <param name="Tag">Only entities with this tag on themselves or on one of their fields (case-insensitive), or null.</param>
/// <param name="Classification">Only entities classified so, themselves or on one of their fields (case-insensitive), or null.</param>
public sealed record CatalogCriteria(
    string? Query = null,
    string? Type = null,
    string? Namespace = null,
    string? Domain = null,
    string? Owner = null,
    string? Tag = null,
    string? Classification = null)
{
    /// <summary>Everything in the catalog.</summary>
    public static CatalogCriteria All { get; } = new();

    /// <summary>The search words as matched: trimmed, in lower case (empty for none).</summary>
    public string Words => Query?.Trim().ToLowerInvariant() ?? string.Empty;

    public bool IncludesDatasets => Type is null || Type.Equals(CatalogSearch.DatasetType, StringComparison.OrdinalIgnoreCase);

    public bool IncludesJobs => Type is null || Type.Equals(CatalogSearch.JobType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The label filters that are set, as the stored terms spell them (normalized).</summary>
    public IEnumerable<(CatalogTermKind Kind, string Value)> LabelFilters()
    {
        foreach (var (kind, value) in new[]
                 {
                     (CatalogTermKind.Domain, Domain), (CatalogTermKind.Owner, Owner),
                     (CatalogTermKind.Tag, Tag), (CatalogTermKind.Classification, Classification),
                 })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return (kind, CatalogTermProjector.Normalize(value.Trim()));
            }
        }
    }

    /// <summary>These criteria without the filter on one kind of label (to list that kind's other values).</summary>
    public CatalogCriteria Without(CatalogTermKind kind) => kind switch
    {
        CatalogTermKind.Domain => this with { Domain = null },
        CatalogTermKind.Owner => this with { Owner = null },
        CatalogTermKind.Tag => this with { Tag = null },
        CatalogTermKind.Classification => this with { Classification = null },
        _ => this,
    };
}

/// <summary>What the catalog's results are ordered by.</summary>
public enum CatalogSort
{
    /// <summary>By name (then namespace and type).</summary>
    Name,
    /// <summary>By the time of the latest event that touched the entity.</summary>
    UpdatedAt,
}

/// <summary>Which way a <see cref="CatalogSort"/> runs.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>One page of the catalog.</summary>
/// <param name="Criteria">What to include.</param>
/// <param name="Sort">The order.</param>
/// <param name="Direction">Its direction; null is each order's natural one: names A→Z, newest first.</param>
/// <param name="Paging">Which page.</param>
public sealed record CatalogQuery(CatalogCriteria Criteria, CatalogSort Sort, SortDirection? Direction, Paging Paging)
{
    /// <summary>The direction applied: the one asked for, else the sort's natural one.</summary>
    public SortDirection EffectiveDirection =>
        Direction ?? (Sort == CatalogSort.UpdatedAt ? SortDirection.Descending : SortDirection.Ascending);
}
