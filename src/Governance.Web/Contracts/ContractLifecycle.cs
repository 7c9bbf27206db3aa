using Governance.Model.Contracts;

namespace Governance.Web.Contracts;

/// <summary>What a submitted revision needs before it is in force.</summary>
public enum RevisionGate
{
    /// <summary>In force at once: it keeps the contract a draft, which nothing enforces yet.</summary>
    Automatic,

    /// <summary>Waits for a steward: it activates or deprecates the contract, or changes one that is in force.</summary>
    StewardApproval,

    /// <summary>Not allowed from the contract's current status.</summary>
    Refused,
}

/// <summary>The answer to "may this revision follow the one in force, and who must agree?".</summary>
/// <param name="Gate">Whether it applies at once, waits for a steward, or is refused.</param>
/// <param name="Reason">Why it is refused, in words that say what to do instead.</param>
public sealed record LifecycleDecision(RevisionGate Gate, string? Reason = null);

/// <summary>
/// The contract lifecycle: draft → active → deprecated. Drafts change freely (nobody relies on them yet). Every
/// revision that puts a contract in force, deprecates it, or changes a contract in force waits for a steward's
/// approval, because producers and consumers rely on it. Going back is not possible: an active contract never
/// returns to draft and a deprecated one stays deprecated (a successor is a new contract). A draft cannot be
/// deprecated either: it was never in force, so there is nothing for anyone to move away from.
/// </summary>
public static class ContractLifecycle
{
    /// <summary>Decides whether a revision requesting <paramref name="requested"/> may follow the revision in force.</summary>
    /// <param name="inForce">Status of the revision in force, or null when no revision of the contract was ever approved.</param>
    /// <param name="requested">Status the new revision asks for.</param>
    public static LifecycleDecision Decide(ContractStatus? inForce, ContractStatus requested) => (inForce ?? ContractStatus.Draft, requested) switch
    {
        (ContractStatus.Draft, ContractStatus.Draft) => new(RevisionGate.Automatic),
        (ContractStatus.Draft, ContractStatus.Active) => new(RevisionGate.StewardApproval),
        (ContractStatus.Draft, ContractStatus.Deprecated) => Refuse(inForce is null
            ? "A new contract starts as draft or active: a contract that was never in force cannot be deprecated."
            : "A draft contract was never in force, so it cannot be deprecated: activate it first, or keep it as a draft."),
        (ContractStatus.Active, ContractStatus.Active or ContractStatus.Deprecated) => new(RevisionGate.StewardApproval),
        (ContractStatus.Active, ContractStatus.Draft) => Refuse(
            "An active contract cannot go back to draft: revise it as active (a steward approves the change) or deprecate it."),
        (ContractStatus.Deprecated, ContractStatus.Deprecated) => new(RevisionGate.StewardApproval),
        (ContractStatus.Deprecated, _) => Refuse(
            $"A deprecated contract stays deprecated and cannot become {ContractStates.Of(requested).ToLowerInvariant()} again: publish its successor as a new contract with its own id."),
        _ => Refuse($"Unknown status {requested}."),
    };

    private static LifecycleDecision Refuse(string reason) => new(RevisionGate.Refused, reason);
}
