using System.Security.Cryptography;
using System.Text;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>Writing a valid contract as a revision.</summary>
public sealed partial class ContractStore
{
    private async Task<ContractSaveResult> SaveValidAsync(
        GovernanceDbContext db, DataContract contract, string actor, IReadOnlyList<ContractProblem> notes, CancellationToken ct)
    {
        var document = OdcsYaml.Export(contract);
        var hash = DocumentHash(document);
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var entity = await db.Contracts.FirstOrDefaultAsync(c => c.Key == contract.Id, ct);
            var revisions = entity is null ? [] : await db.ContractRevisions
                .Where(r => r.ContractId == entity.Id && (r.Review == ContractStates.Pending || r.Revision == entity.CurrentRevision))
                .ToListAsync(ct);
            var latest = entity is null ? 0
                : await db.ContractRevisions.Where(r => r.ContractId == entity.Id).MaxAsync(r => (int?)r.Revision, ct) ?? 0;
            var pending = revisions.FirstOrDefault(r => r.Review == ContractStates.Pending);
            var live = pending ?? revisions.FirstOrDefault(r => r.Revision == entity!.CurrentRevision);
            if (entity is not null && live?.DocumentHash == hash)
            {
                return new ContractSaveResult(ContractSaveStatus.Unchanged, entity.Key, live.Revision, live.Review, [], notes);
            }

            var inForce = entity is { CurrentRevision: > 0 } ? ContractStates.Parse(entity.Status) : (ContractStatus?)null;
            var decision = ContractLifecycle.Decide(inForce, contract.Status);
            if (decision.Gate == RevisionGate.Refused)
            {
                return new ContractSaveResult(ContractSaveStatus.Refused, contract.Id, null, null,
                    [new ContractProblem(ContractProblemKind.Invalid, "status", decision.Reason!)], notes);
            }

            var isNew = entity is null;
            entity ??= NewEntity(db, contract, now);
            var number = latest + 1;
            var automatic = decision.Gate == RevisionGate.Automatic;
            var revision = new ContractRevision
            {
                Contract = entity,
                Revision = number,
                Version = contract.Version,
                Status = ContractStates.Of(contract.Status),
                Document = document,
                DocumentHash = hash,
                CreatedBy = ContractStorageLimits.ActorName(actor),
                CreatedAt = now,
                Review = automatic ? ContractStates.Approved : ContractStates.Pending,
                ReviewedAt = automatic ? now : null,
            };
            db.ContractRevisions.Add(revision);
            if (pending is not null)
            {
                pending.Review = ContractStates.Rejected;
                pending.ReviewedBy = revision.CreatedBy;
                pending.ReviewedAt = now;
                pending.ReviewComment = $"Superseded by revision {number}.";
            }

            var dataset = await ContractDatasets.ResolveAsync(db, contract, isNew ? null : entity, ct);
            if (automatic)
            {
                Apply(entity, contract, dataset, number);
            }
            else if (entity.CurrentRevision == 0)
            {
                // Nothing is in force yet: the listing shows what is proposed, still as a draft that nothing enforces.
                Apply(entity, contract, dataset, 0);
                entity.Status = ContractStates.Draft;
            }

            entity.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                if (!await WasChangedConcurrentlyAsync(contract.Id, number, isNew, ct))
                {
                    throw;
                }

                return new ContractSaveResult(ContractSaveStatus.Conflict, contract.Id, null, null,
                    [new ContractProblem(ContractProblemKind.Invalid, "id",
                        $"contract '{contract.Id}' was changed by another request at the same moment; submit again to revise the latest revision")],
                    notes);
            }

            return new ContractSaveResult(isNew ? ContractSaveStatus.Created : ContractSaveStatus.Revised, entity.Key, number, revision.Review, [], notes,
                pending?.Revision);
        }
    }

    private static ContractEntity NewEntity(GovernanceDbContext db, DataContract contract, DateTime now)
    {
        var entity = new ContractEntity
        {
            Key = contract.Id,
            Name = contract.Id,
            DatasetNamespace = string.Empty,
            DatasetName = string.Empty,
            Status = ContractStates.Draft,
            CreatedAt = now,
        };
        db.Contracts.Add(entity);
        return entity;
    }

    /// <summary>Makes the contract row describe <paramref name="contract"/>, in force from revision <paramref name="revision"/>.</summary>
    private static void Apply(ContractEntity entity, DataContract contract, EntityId dataset, int revision)
    {
        entity.Name = contract.Name ?? contract.Dataset?.Name ?? contract.Id;
        entity.DatasetNamespace = dataset.Namespace;
        entity.DatasetName = dataset.Name;
        entity.Subject = contract.SchemaReference?.Subject;
        entity.Owner = contract.Owner;
        entity.Status = ContractStates.Of(contract.Status);
        entity.CurrentRevision = revision;
    }

    /// <summary>Whether a failed write lost a race: the key now exists (for a new contract) or the revision number is taken.</summary>
    private async Task<bool> WasChangedConcurrentlyAsync(string key, int revision, bool isNew, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return isNew
            ? await db.Contracts.AnyAsync(c => c.Key == key, ct)
            : await db.ContractRevisions.AnyAsync(r => r.Contract.Key == key && r.Revision == revision, ct);
    }

    /// <summary>SHA-256 (lower-case hex) of the document as exported: equal contracts export to equal text.</summary>
    internal static string DocumentHash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
