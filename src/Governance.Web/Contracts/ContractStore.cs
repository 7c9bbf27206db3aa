using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>
/// Writes contracts: creates them, adds revisions, and records stewards' reviews. Input is checked in full first
/// (ODCS syntax and schema, the model's rules, a known Schema Registry subject, storable lengths) and refused with
/// every problem named; a valid submission is written in one transaction, so nothing is ever half-saved.
/// </summary>
/// <remarks>
/// Each revision stores the contract as exported to ODCS YAML, and its SHA-256: a document equal to the latest live
/// revision writes nothing. A revision that keeps the contract a draft is in force at once; one that activates or
/// deprecates it, or changes a contract in force, waits for a steward (<see cref="ContractLifecycle"/>), and the
/// revision in force stays until then. A new submission replaces a revision still waiting (it is marked rejected as
/// superseded), so a steward always reviews the latest proposal.
/// </remarks>
public sealed partial class ContractStore(IDbContextFactory<GovernanceDbContext> contexts, TimeProvider clock)
{
    /// <summary>Imports an ODCS YAML document and saves it as a new contract or a new revision.</summary>
    /// <param name="yaml">The document.</param>
    /// <param name="actor">Who submits it (recorded on the revision).</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<ContractSaveResult> SaveYamlAsync(string yaml, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var imported = OdcsYaml.Import(yaml);
        if (imported.Contract is not { } contract)
        {
            return ContractSaveResult.Invalid(imported.Problems, imported.Notes);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (contract.SchemaReference is { Subject: var subject } && !await RegistrySubjects.IsKnownAsync(db, subject, ct))
        {
            // Imported again with the platform check, so the problem points at the subject where the document wrote it.
            var located = OdcsYaml.Import(yaml, new ContractValidationOptions { IsKnownSubject = s => s != subject });
            return ContractSaveResult.Invalid(located.Problems, imported.Notes);
        }

        var tooLong = ContractStorageLimits.Check(contract);
        return tooLong.Count > 0
            ? ContractSaveResult.Invalid(tooLong, imported.Notes)
            : await SaveValidAsync(db, contract, actor, imported.Notes, ct);
    }

    /// <summary>Validates a contract built in code (the portal's form, the JSON API) and saves it.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="actor">Who submits it (recorded on the revision).</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<ContractSaveResult> SaveAsync(DataContract contract, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contract);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var problems = await ValidateAsync(db, contract, ct);
        return problems.Count > 0 ? ContractSaveResult.Invalid(problems) : await SaveValidAsync(db, contract, actor, [], ct);
    }

    /// <summary>
    /// Every problem of <paramref name="contract"/>, platform checks included (a known subject, storable lengths),
    /// without saving anything: what the portal's form shows next to each input.
    /// </summary>
    public async Task<IReadOnlyList<ContractProblem>> ValidateAsync(DataContract contract, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contract);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ValidateAsync(db, contract, ct);
    }

    /// <summary>Records a steward's decision on a pending revision; an approved revision becomes the one in force.</summary>
    /// <param name="key">The contract (ODCS id).</param>
    /// <param name="revisionNumber">The pending revision.</param>
    /// <param name="approve">Approve (true) or reject (false).</param>
    /// <param name="actor">The steward.</param>
    /// <param name="comment">Why; required to reject, so the authors learn what to change.</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<ContractReviewResult> ReviewAsync(string key, int revisionNumber, bool approve, string actor, string? comment, CancellationToken ct)
    {
        var reason = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!approve && reason is null)
        {
            return new ContractReviewResult(ContractReviewStatus.Invalid, "Say why the revision is rejected: its authors read the comment to know what to change.", "comment");
        }

        if (reason is { Length: > ContractStorageLimits.Comment })
        {
            return new ContractReviewResult(ContractReviewStatus.Invalid,
                $"The comment is {reason.Length} characters long; at most {ContractStorageLimits.Comment} are kept.", "comment");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entity = await db.Contracts.FirstOrDefaultAsync(c => c.Key == key, ct);
        var revision = entity is null ? null
            : await db.ContractRevisions.FirstOrDefaultAsync(r => r.ContractId == entity.Id && r.Revision == revisionNumber, ct);
        if (entity is null || revision is null)
        {
            return new ContractReviewResult(ContractReviewStatus.NotFound,
                entity is null ? $"There is no contract '{key}'." : $"Contract '{key}' has no revision {revisionNumber}.");
        }

        if (revision.Review != ContractStates.Pending)
        {
            return new ContractReviewResult(ContractReviewStatus.NotPending, NotPendingMessage(key, revision));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        revision.Review = approve ? ContractStates.Approved : ContractStates.Rejected;
        revision.ReviewedBy = ContractStorageLimits.ActorName(actor);
        revision.ReviewedAt = now;
        revision.ReviewComment = reason;
        if (approve)
        {
            // Stored documents are the exporter's output, which always imports; anything else is a corrupt store.
            var contract = OdcsYaml.Import(revision.Document).Contract
                ?? throw new InvalidOperationException($"Revision {revision.Revision} of contract '{key}' holds a document that no longer imports.");
            var dataset = await ContractDatasets.ResolveAsync(db, contract, entity, ct);
            Apply(entity, contract, dataset, revision.Revision);
        }

        entity.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ContractReviewResult(approve ? ContractReviewStatus.Approved : ContractReviewStatus.Rejected);
    }

    private static async Task<IReadOnlyList<ContractProblem>> ValidateAsync(GovernanceDbContext db, DataContract contract, CancellationToken ct)
    {
        var known = contract.SchemaReference is not { Subject: { Length: > 0 } subject } || await RegistrySubjects.IsKnownAsync(db, subject, ct);
        var problems = ContractValidator.Validate(contract, new ContractValidationOptions { IsKnownSubject = _ => known }).ToList();
        problems.AddRange(ContractStorageLimits.Check(contract));
        return problems;
    }

    private static string NotPendingMessage(string key, Data.Entities.ContractRevision revision)
    {
        var by = revision.ReviewedBy is null ? "automatically" : $"by {revision.ReviewedBy}";
        var when = revision.ReviewedAt is { } at ? $" on {at:yyyy-MM-dd HH:mm} UTC" : string.Empty;
        return $"Revision {revision.Revision} of contract '{key}' is not waiting for a review: it was {revision.Review.ToLowerInvariant()} {by}{when}.";
    }
}
