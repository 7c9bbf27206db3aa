using Governance.Model.Contracts;

namespace Governance.Web.Contracts;

/// <summary>What became of a submitted contract.</summary>
public enum ContractSaveStatus
{
    /// <summary>A new contract with its first revision.</summary>
    Created,

    /// <summary>A new revision of an existing contract.</summary>
    Revised,

    /// <summary>The document equals the contract's latest live revision (pending, or else in force): nothing was written.</summary>
    Unchanged,

    /// <summary>The input has problems (syntax, ODCS schema, unsupported constructs, contradictions, unknown subject); nothing was written.</summary>
    Invalid,

    /// <summary>The requested status cannot follow the status in force (e.g. active back to draft); nothing was written.</summary>
    Refused,

    /// <summary>Another request changed the contract at the same moment; nothing was written, and a retry will see the other change.</summary>
    Conflict,
}

/// <summary>The outcome of <see cref="ContractStore.SaveAsync"/> or <see cref="ContractStore.SaveYamlAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Key">The contract (ODCS id), when the input named one that could be read.</param>
/// <param name="Revision">The revision created, or the one that already holds the document.</param>
/// <param name="Review"><see cref="ContractStates.Approved"/> (in force now) or <see cref="ContractStates.Pending"/> (waits for a steward).</param>
/// <param name="Problems">Why nothing was written: each names the ODCS path and, for a document, its line and column.</param>
/// <param name="Notes">What the import read differently from how it was written (e.g. <c>status: production</c> as active).</param>
/// <param name="SupersededRevision">A pending revision this submission replaced (marked rejected), if any.</param>
public sealed record ContractSaveResult(
    ContractSaveStatus Status,
    string? Key,
    int? Revision,
    string? Review,
    IReadOnlyList<ContractProblem> Problems,
    IReadOnlyList<ContractProblem> Notes,
    int? SupersededRevision = null)
{
    /// <summary>Whether the contract now holds the submitted document (created, revised or already there).</summary>
    public bool Succeeded => Status is ContractSaveStatus.Created or ContractSaveStatus.Revised or ContractSaveStatus.Unchanged;

    internal static ContractSaveResult Invalid(IReadOnlyList<ContractProblem> problems, IReadOnlyList<ContractProblem>? notes = null) =>
        new(ContractSaveStatus.Invalid, null, null, null, problems, notes ?? []);
}

/// <summary>What became of a steward's decision on a pending revision.</summary>
public enum ContractReviewStatus
{
    /// <summary>The revision is approved and is now the one in force.</summary>
    Approved,

    /// <summary>The revision is rejected; the one in force stays.</summary>
    Rejected,

    /// <summary>No such contract or revision.</summary>
    NotFound,

    /// <summary>The revision is not waiting for a review (already approved, rejected or superseded).</summary>
    NotPending,

    /// <summary>The decision itself is incomplete (e.g. a rejection without a reason).</summary>
    Invalid,
}

/// <summary>The outcome of <see cref="ContractStore.ReviewAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Message">What is wrong, when the decision was not recorded.</param>
/// <param name="Field">The request member at fault, for <see cref="ContractReviewStatus.Invalid"/>.</param>
public sealed record ContractReviewResult(ContractReviewStatus Status, string? Message = null, string? Field = null)
{
    /// <summary>Whether the decision was recorded.</summary>
    public bool Succeeded => Status is ContractReviewStatus.Approved or ContractReviewStatus.Rejected;
}
