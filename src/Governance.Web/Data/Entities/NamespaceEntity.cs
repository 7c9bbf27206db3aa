namespace Governance.Web.Data.Entities;

/// <summary>An OpenLineage namespace (a cluster, a scheduler, a database server...).</summary>
public sealed class NamespaceEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
