namespace Governance.Web.Data.Entities;

/// <summary>A field of a dataset version; nested fields are flattened with a dotted <see cref="Path"/>.</summary>
public sealed class DatasetField
{
    public long Id { get; set; }
    public long DatasetVersionId { get; set; }

    /// <summary>Position in a depth-first walk of the schema, so nested fields follow their parent.</summary>
    public int Ordinal { get; set; }

    /// <summary>Dotted path from the root, e.g. <c>customer.address.city</c>.</summary>
    public required string Path { get; set; }
    public required string Name { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }

    /// <summary>0 for top-level fields.</summary>
    public int Depth { get; set; }
}
