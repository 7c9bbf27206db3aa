namespace Governance.Web.Catalog.Dtos;

/// <summary>Search results, Marquez-shaped.</summary>
public sealed record SearchResultList(int TotalCount, IReadOnlyList<SearchResult> Results);

/// <summary>One dataset or job that matched.</summary>
public sealed record SearchResult(string Type, string Name, DateTime UpdatedAt, string Namespace, string NodeId, string? Description, string? Subtype);
