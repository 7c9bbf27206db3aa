namespace Governance.Web.Data.Entities;

/// <summary>A dataset (topic, table, file) as currently known, with a pointer to its current version.</summary>
public sealed class DatasetEntity
{
    public long Id { get; set; }
    public int NamespaceId { get; set; }
    public NamespaceEntity Namespace { get; set; } = null!;
    public required string Name { get; set; }

    /// <summary>From the <c>datasetType</c> facet (e.g. TOPIC, TABLE); null when no producer said.</summary>
    public string? Type { get; set; }
    public string? Description { get; set; }

    /// <summary>The <c>dataSource</c> facet's name, when given.</summary>
    public string? SourceName { get; set; }

    /// <summary>Latest value of every facet seen for this dataset (JSON object, keyed by facet name).</summary>
    public required string FacetsJson { get; set; }
    /// <summary>Number of the current <see cref="DatasetVersion"/> (0 until the first one).</summary>
    public int CurrentVersion { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>When a producer reported the dataset dropped; null while it exists.</summary>
    public DateTime? DeletedAt { get; set; }
    public List<DatasetVersion> Versions { get; set; } = [];
}
