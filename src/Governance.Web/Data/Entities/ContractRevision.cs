namespace Governance.Web.Data.Entities;

/// <summary>
/// One revision of a contract's content, kept forever so the contract's history can be shown and
/// any past state reproduced. A revision that activates or deprecates a contract waits for a
/// steward's review.
/// </summary>
public sealed class ContractRevision
{
    public long Id { get; set; }
    public long ContractId { get; set; }
    public ContractEntity Contract { get; set; } = null!;

    /// <summary>1, 2, 3... per contract.</summary>
    public int Revision { get; set; }

    /// <summary>The contract's own (semantic) version as its authors wrote it.</summary>
    public required string Version { get; set; }

    /// <summary>DRAFT, ACTIVE or DEPRECATED, as requested by this revision.</summary>
    public required string Status { get; set; }

    /// <summary>The whole contract as of this revision: Open Data Contract Standard v3 YAML, as exported.</summary>
    public required string Document { get; set; }

    /// <summary>SHA-256 of the canonical document; an identical re-submission creates no revision.</summary>
    public required string DocumentHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>PENDING, APPROVED or REJECTED.</summary>
    public required string Review { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewComment { get; set; }
}
