namespace Governance.Web.Components.Shared.Contracts;

/// <summary>A steward's decision on a pending revision, as the review panel reports it.</summary>
/// <param name="Revision">The revision decided on.</param>
/// <param name="Approve">Approve (true) or reject (false).</param>
/// <param name="Comment">Why; required to reject.</param>
public sealed record ContractReviewDecision(int Revision, bool Approve, string? Comment);
