namespace Governance.Web.Catalog.Dtos;

/// <summary>A namespace, Marquez-shaped.</summary>
public sealed record NamespaceDto(string Name, DateTime CreatedAt, DateTime UpdatedAt, string? OwnerName, string? Description);

/// <summary>All namespaces.</summary>
public sealed record NamespaceList(IReadOnlyList<NamespaceDto> Namespaces);
