using Governance.Model.Contracts;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Contracts;

/// <summary>A contract as listed: what is in force, what waits for review, and how many violations are open.</summary>
/// <param name="Key">The contract's id (ODCS <c>id</c>).</param>
/// <param name="Status">Status in force: DRAFT, ACTIVE or DEPRECATED (DRAFT while no revision was ever approved).</param>
/// <param name="CurrentRevision">The revision in force; 0 while none was approved yet.</param>
/// <param name="PendingRevision">A revision waiting for a steward, if any.</param>
/// <param name="PendingStatus">The status that revision asks for.</param>
/// <param name="Dataset">The governed topic; an empty namespace when the cluster is not known yet.</param>
/// <param name="OpenViolations">Violations of the contract not resolved yet.</param>
public sealed record ContractSummaryDto(
    string Key,
    string Name,
    string Status,
    int CurrentRevision,
    int? PendingRevision,
    string? PendingStatus,
    string? Owner,
    string? Subject,
    EntityId Dataset,
    int OpenViolations,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>A page of contracts.</summary>
public sealed record ContractList(int TotalCount, IReadOnlyList<ContractSummaryDto> Contracts);

/// <summary>One revision of a contract and its review.</summary>
/// <param name="Review">PENDING, APPROVED or REJECTED.</param>
/// <param name="ReviewedBy">The steward; null for a draft revision approved automatically.</param>
/// <param name="InForce">Whether this is the revision in force.</param>
public sealed record ContractRevisionDto(
    int Revision,
    string Version,
    string Status,
    string Review,
    string CreatedBy,
    DateTime CreatedAt,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    string? ReviewComment,
    string DocumentHash,
    bool InForce);

/// <summary>The governed dataset and where to see it.</summary>
/// <param name="InCatalog">Whether the catalog holds a dataset of this identity.</param>
/// <param name="ApiUrl">The dataset in the read API, when it is in the catalog.</param>
public sealed record ContractDatasetLinkDto(string Namespace, string Name, bool InCatalog, string? ApiUrl);

/// <summary>
/// One contract in full, as <c>GET /api/v1/contracts/{key}</c> returns it: the summary, the revision in force and the
/// one awaiting review, the governed dataset, the content (<see cref="Contract"/>: the revision in force, or the
/// pending one while none is), and the registry-side contract of the dataset's subjects.
/// </summary>
public sealed record ContractDetailDto(
    ContractSummaryDto Summary,
    ContractRevisionDto? Current,
    ContractRevisionDto? Pending,
    ContractDatasetLinkDto? Dataset,
    ContractDocumentDto Contract,
    IReadOnlyList<RegistrySubjectDto> Registry);

/// <summary>The same for the portal, with the contract shown as the model.</summary>
public sealed record ContractView(
    ContractSummaryDto Summary,
    ContractRevisionDto? Current,
    ContractRevisionDto? Pending,
    ContractDatasetLinkDto? Dataset,
    DataContract Contract,
    IReadOnlyList<RegistrySubjectDto> Registry);

/// <summary>The answer to a submission.</summary>
/// <param name="Result"><c>created</c>, <c>revised</c> or <c>unchanged</c>.</param>
/// <param name="Review">APPROVED (in force now) or PENDING (waits for a steward).</param>
/// <param name="SupersededRevision">A pending revision this one replaced.</param>
/// <param name="Notes">What the import read differently from how it was written.</param>
public sealed record ContractSaveResponse(
    string Result, string Key, int Revision, string Review, int? SupersededRevision, IReadOnlyList<ContractProblemDto> Notes);

/// <summary>A problem with contract input: the ODCS path (or JSON path), and the line and column in a YAML document.</summary>
/// <param name="Kind">syntax, schema, unsupported or invalid.</param>
public sealed record ContractProblemDto(string Kind, string Path, string Message, int? Line, int? Column)
{
    public static ContractProblemDto From(ContractProblem problem) =>
        new(problem.Kind.ToString().ToLowerInvariant(), problem.Path, problem.Message, problem.Line, problem.Column);
}

/// <summary>A steward's decision: a comment is optional to approve and required to reject.</summary>
public sealed record ContractReviewRequest(string? Comment);
