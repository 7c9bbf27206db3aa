using System.Text.Json;
using Governance.Web.Contracts.Webhooks;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Turns check outcomes into the violation history: a broken rule opens a violation (or updates
/// the open one: last seen, count, latest evidence), a kept rule resolves it. Opening and resolving
/// queue a webhook notification in the same unit of work, so each breach notifies once.
/// </summary>
public static class ViolationRecorder
{
    /// <summary>Notification type sent when a rule starts being broken.</summary>
    public const string OpenedEvent = "violation.opened";

    /// <summary>Notification type sent when a broken rule is kept again.</summary>
    public const string ResolvedEvent = "violation.resolved";

    /// <summary>Applies the outcomes of one check of <paramref name="contract"/>; the caller saves.</summary>
    /// <returns>The violations opened and resolved by these outcomes.</returns>
    public static async Task<ViolationChanges> RecordAsync(
        GovernanceDbContext db, ContractEntity contract, IReadOnlyList<RuleOutcome> outcomes, DateTime now, CancellationToken ct)
    {
        var keys = outcomes.Select(o => o.RuleKey).Distinct().ToList();
        var open = contract.Id == 0 ? [] : await db.ContractViolations
            .Where(v => v.ContractId == contract.Id && v.ResolvedAt == null && keys.Contains(v.RuleKey))
            .ToDictionaryAsync(v => v.RuleKey, StringComparer.Ordinal, ct);
        var opened = new List<ContractViolation>();
        var resolved = new List<ContractViolation>();

        // The last outcome for a rule wins when one check reports it twice.
        foreach (var outcome in outcomes.GroupBy(o => o.RuleKey).Select(g => g.Last()))
        {
            open.TryGetValue(outcome.RuleKey, out var violation);
            if (outcome.Kept)
            {
                if (violation is not null)
                {
                    violation.ResolvedAt = now;
                    resolved.Add(violation);
                }

                continue;
            }

            if (violation is null)
            {
                violation = new ContractViolation
                {
                    Contract = contract,
                    RuleKey = outcome.RuleKey,
                    Kind = outcome.Kind,
                    Severity = outcome.Severity,
                    Message = outcome.Message,
                    EvidenceJson = Evidence(outcome),
                    FirstSeenAt = now,
                    LastSeenAt = now,
                    Occurrences = 1,
                };
                db.ContractViolations.Add(violation);
                opened.Add(violation);
                continue;
            }

            violation.LastSeenAt = now;
            violation.Occurrences++;
            violation.Severity = outcome.Severity;
            violation.Message = outcome.Message;
            violation.EvidenceJson = Evidence(outcome);
        }

        // Ids are needed in the notifications, so the new violations are saved before queueing them.
        await db.SaveChangesAsync(ct);
        foreach (var (violation, type) in opened.Select(v => (v, OpenedEvent)).Concat(resolved.Select(v => (v, ResolvedEvent))))
        {
            await WebhookOutbox.EnqueueAsync(db, type, Notification(contract, violation), contract.DatasetNamespace, contract.Owner, violation.Id, now, ct);
        }

        return new ViolationChanges(opened, resolved);
    }

    private static string Evidence(RuleOutcome outcome) => JsonSerializer.Serialize(outcome.Evidence ?? new { }, JsonSerializerOptions.Web);

    private static object Notification(ContractEntity contract, ContractViolation violation) => new
    {
        violation = new
        {
            violation.Id,
            violation.RuleKey,
            violation.Kind,
            violation.Severity,
            violation.Message,
            violation.FirstSeenAt,
            violation.LastSeenAt,
            violation.ResolvedAt,
            evidence = JsonSerializer.Deserialize<JsonElement>(violation.EvidenceJson),
        },
        contract = new { contract.Key, contract.Name, contract.Owner, dataset = new { @namespace = contract.DatasetNamespace, name = contract.DatasetName } },
    };
}

/// <summary>What one check changed.</summary>
public sealed record ViolationChanges(IReadOnlyList<ContractViolation> Opened, IReadOnlyList<ContractViolation> Resolved);
