namespace Governance.Web.Data.Entities;

/// <summary>
/// A data contract for one topic (dataset): the promise its owners make about shape, meaning,
/// quality and service levels. Its content lives in <see cref="ContractRevision"/>s; this row says
/// which revision is in force.
/// </summary>
public sealed class ContractEntity
{
    public long Id { get; set; }

    /// <summary>Stable identifier (the ODCS <c>id</c>), unique across the catalog.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }

    /// <summary>Namespace of the governed dataset (e.g. <c>kafka://lkc-abc</c>); the dataset may not be in the catalog yet.</summary>
    public required string DatasetNamespace { get; set; }

    /// <summary>Name of the governed dataset (the topic).</summary>
    public required string DatasetName { get; set; }

    /// <summary>The Schema Registry subject whose versions the contract governs, when it names one.</summary>
    public string? Subject { get; set; }
    public string? Owner { get; set; }

    /// <summary>Lifecycle of the revision in force: DRAFT, ACTIVE or DEPRECATED.</summary>
    public required string Status { get; set; }

    /// <summary>Number of the revision in force (approved, or the first draft); 0 before any.</summary>
    public int CurrentRevision { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ContractRevision> Revisions { get; set; } = [];
}
