using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Records check outcomes one contract check at a time within this instance, so the ingestion hook
/// and the periodic job never both open a violation for the same rule. Opening and its webhook
/// notification commit together.
/// </summary>
public sealed class EnforcementGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs <paramref name="check"/> (which reads and returns the outcomes), then records them in one transaction.</summary>
    internal async Task<ViolationChanges?> CheckAndRecordAsync(
        GovernanceDbContext db, ContractEntity contract, Func<Task<IReadOnlyList<RuleOutcome>>> check, DateTime now, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var outcomes = await check();
            if (outcomes.Count == 0)
            {
                return null;
            }

            // The contract was read without tracking; the recorder links new violations to it.
            if (db.Entry(contract).State == EntityState.Detached)
            {
                db.Contracts.Attach(contract);
            }

            ViolationChanges? changes = null;
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                changes = await ViolationRecorder.RecordAsync(db, contract, outcomes, now, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }
}
