namespace Governance.Web.Data.Entities;

/// <summary>
/// One version of a dataset: a new one starts whenever its identifying facets (schema, data source,
/// type, storage, symlinks, version) change.
/// </summary>
public sealed class DatasetVersion
{
    public long Id { get; set; }
    public long DatasetId { get; set; }
    public DatasetEntity Dataset { get; set; } = null!;

    /// <summary>1, 2, 3... per dataset.</summary>
    public int Version { get; set; }

    /// <summary>SHA-256 of the identifying facets; equal hashes mean the same version.</summary>
    public required string IdentityHash { get; set; }

    /// <summary>The identifying facets of this version (JSON object).</summary>
    public required string IdentityJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? RunId { get; set; }
    public long RawEventId { get; set; }
    public List<DatasetField> Fields { get; set; } = [];
}
