using Governance.Model.Contracts;

namespace Governance.Web.Contracts;

/// <summary>How lifecycle states and reviews are spelled in the store and the API (upper case, as in ODCS examples' enums).</summary>
public static class ContractStates
{
    public const string Draft = "DRAFT";
    public const string Active = "ACTIVE";
    public const string Deprecated = "DEPRECATED";

    /// <summary>A revision waiting for a steward.</summary>
    public const string Pending = "PENDING";

    /// <summary>A revision in force, or once in force (approved by a steward, or a draft approved automatically).</summary>
    public const string Approved = "APPROVED";

    /// <summary>A revision a steward turned down, or one superseded by a later submission before its review.</summary>
    public const string Rejected = "REJECTED";

    /// <summary>The stored spelling of a status.</summary>
    public static string Of(ContractStatus status) => status switch
    {
        ContractStatus.Active => Active,
        ContractStatus.Deprecated => Deprecated,
        _ => Draft,
    };

    /// <summary>The status a stored spelling names (anything unknown reads as draft, which is never enforced).</summary>
    public static ContractStatus Parse(string status) => status switch
    {
        Active => ContractStatus.Active,
        Deprecated => ContractStatus.Deprecated,
        _ => ContractStatus.Draft,
    };

    /// <summary>Whether <paramref name="text"/> is one of DRAFT, ACTIVE, DEPRECATED (case-insensitive); the normalized spelling.</summary>
    public static string? Normalize(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        Draft => Draft,
        Active => Active,
        Deprecated => Deprecated,
        _ => null,
    };
}
