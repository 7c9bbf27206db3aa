using Governance.Web.Catalog;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>What an ingested event itself tells a check: its id (the evidence), and the registry entry or lag report it carried.</summary>
/// <param name="Subject">The contract subject's entry as the event reported it.</param>
/// <param name="Lag">A consumer group's lag on the governed topic as the event reported it.</param>
internal sealed record EventEvidence(long EventId, RegistrySubject? Subject, GroupLagReport? Lag);

/// <summary>What a check found.</summary>
/// <param name="Outcomes">One outcome per rule checked.</param>
/// <param name="Retired">"Kept" outcomes for open violations of rules that no longer exist.</param>
internal sealed record CheckResult(IReadOnlyList<RuleOutcome> Outcomes, IReadOnlyList<RuleOutcome> Retired)
{
    /// <summary>Everything to record.</summary>
    public IReadOnlyList<RuleOutcome> All => [.. Outcomes, .. Retired];
}

/// <summary>One consumer group's lag report on a topic.</summary>
internal sealed record GroupLagReport(IReadOnlyList<string> Groups, TopicLagReport Report, DateTime At);

/// <summary>
/// Runs the rule families asked for against one contract and its dataset's state, and returns one
/// outcome per rule it could check. A rule that no longer exists (a field removed from the contract
/// or the schema, an objective dropped, a policy removed) gets a "kept" outcome when its family is
/// checked, so its open violation resolves instead of staying open forever.
/// </summary>
public sealed class ContractChecker(IOptions<EnforcementOptions> options)
{
    private readonly EnforcementOptions _options = options.Value;

    internal async Task<CheckResult> CheckAsync(
        GovernanceDbContext db, ContractState state, CheckFamilies families, EventEvidence? evidence, DateTime now, CancellationToken ct)
    {
        var outcomes = new List<RuleOutcome>();
        var retired = new List<Func<string, bool>>();
        var contract = state.Contract.Contract;
        var eventId = evidence?.EventId;
        var version = state.Dataset?.CurrentVersion;

        if (families.HasFlag(CheckFamilies.Compatibility))
        {
            await CompatibilityAsync(db, state, evidence?.Subject ?? state.Subject, eventId, outcomes, retired, ct);
        }

        if (state.SchemaFields is { } fields)
        {
            if (families.HasFlag(CheckFamilies.Fields))
            {
                outcomes.AddRange(FieldRules.Check(contract, fields, version, eventId));
                retired.Add(key => key.StartsWith(FieldRules.KeyPrefix, StringComparison.Ordinal));
            }

            if (families.HasFlag(CheckFamilies.Classification))
            {
                outcomes.AddRange(ClassificationRules.Check(contract, fields, state.Labels, version, eventId));
                retired.Add(key => key.StartsWith(ClassificationRules.KeyPrefix, StringComparison.Ordinal));
            }
        }

        if (evidence?.Lag is { } reported)
        {
            foreach (var objective in contract.ServiceLevels.ConsumerGroupLag.Where(o => reported.Groups.Contains(o.ConsumerGroup)))
            {
                Add(ServiceLevelRules.Lag(objective, reported.Report, reported.At, eventId));
            }
        }

        if ((families & (CheckFamilies.Lag | CheckFamilies.LagReports)) != 0)
        {
            await LagFromCatalogAsync(db, state, families, now, outcomes, retired, ct);
        }

        if (families.HasFlag(CheckFamilies.Freshness) && contract.ServiceLevels.Freshness is null)
        {
            retired.Add(key => key == ServiceLevelRules.FreshnessKey);
        }
        else if (families.HasFlag(CheckFamilies.Freshness) && state.LastRecordAt is { } lastRecord)
        {
            Add(ServiceLevelRules.Freshness(contract, lastRecord, ServiceLevelRules.LastSampledRecord, now));
        }
        else if (families.HasFlag(CheckFamilies.Freshness) && await state.LastReportAsync(db, ct) is { } lastReport)
        {
            Add(ServiceLevelRules.Freshness(contract, lastReport, ServiceLevelRules.LastReport, now));
        }

        if (families.HasFlag(CheckFamilies.DeadLetter))
        {
            var topic = contract.ServiceLevels.DeadLetterTopicRequired ? contract.ServiceLevels.DeadLetterTopic : null;
            Add(ServiceLevelRules.DeadLetter(contract, state.Namespace, topic is not null && await state.DeadLetterPresentAsync(db, topic, ct)));
            retired.Add(key => key == ServiceLevelRules.DeadLetterKey);
        }

        return new CheckResult(outcomes, await RetiredAsync(db, state.Contract.Entity.Id, outcomes, retired, ct));

        void Add(RuleOutcome? outcome)
        {
            if (outcome is not null)
            {
                outcomes.Add(outcome);
            }
        }
    }

    private static async Task CompatibilityAsync(
        GovernanceDbContext db, ContractState state, RegistrySubject? subject, long? eventId, List<RuleOutcome> outcomes,
        List<Func<string, bool>> retired, CancellationToken ct)
    {
        var policy = state.Contract.Contract.Compatibility;
        if (policy is null || state.Contract.Subject is null)
        {
            retired.Add(key => key is CompatibilityRules.CompatibilityKey or CompatibilityRules.LevelKey);
            return;
        }

        if (subject is null || subject.Subject != state.Contract.Subject)
        {
            return;
        }

        var candidate = subject.Newest;
        var predecessors = await state.PredecessorsAsync(db, subject.Subject, candidate.Version, ct);
        if (candidate.Schema is null)
        {
            // The event named the version without its text; the catalog may have the text from an earlier report.
            var stored = await db.RegistrySchemaVersions.AsNoTracking()
                .Where(v => v.Namespace == state.Namespace && v.Subject == subject.Subject && v.Version == candidate.Version)
                .Select(v => v.Schema).FirstOrDefaultAsync(ct);
            candidate = candidate with { Schema = stored };
        }

        if (CompatibilityRules.Check(policy, subject.Subject, candidate, predecessors, subject.ReferencedSchemas, eventId) is { } compatibility)
        {
            outcomes.Add(compatibility);
        }

        if (CompatibilityRules.Level(policy, subject, eventId) is { } level)
        {
            outcomes.Add(level);
        }
    }

    private async Task LagFromCatalogAsync(
        GovernanceDbContext db, ContractState state, CheckFamilies families, DateTime now, List<RuleOutcome> outcomes,
        List<Func<string, bool>> retired, CancellationToken ct)
    {
        var objectives = state.Contract.Contract.ServiceLevels.ConsumerGroupLag;
        var groups = objectives.Select(o => o.ConsumerGroup).ToHashSet(StringComparer.Ordinal);
        retired.Add(key => (key.StartsWith(ServiceLevelRules.LagKeyPrefix, StringComparison.Ordinal) && !groups.Contains(key[ServiceLevelRules.LagKeyPrefix.Length..]))
                           || (key.StartsWith(ServiceLevelRules.LagReportKeyPrefix, StringComparison.Ordinal) && !groups.Contains(key[ServiceLevelRules.LagReportKeyPrefix.Length..])));
        var jobs = await state.GroupJobsAsync(db, groups, ct);
        foreach (var objective in objectives)
        {
            // A group that never reported (or no longer reads the topic) gives nothing to judge.
            if (!jobs.TryGetValue(objective.ConsumerGroup, out var jobId) || await state.LatestLagReportAsync(db, jobId, ct) is not { } latest)
            {
                continue;
            }

            if (families.HasFlag(CheckFamilies.LagReports))
            {
                outcomes.Add(ServiceLevelRules.LagReport(objective, latest.At, latest.EventId, _options.LagReportMaxAge, now));
            }

            if (families.HasFlag(CheckFamilies.Lag) && ServiceLevelRules.Lag(objective, latest.Report, latest.At, latest.EventId) is { } lag)
            {
                outcomes.Add(lag);
            }
        }
    }

    private static async Task<List<RuleOutcome>> RetiredAsync(
        GovernanceDbContext db, long contractId, List<RuleOutcome> outcomes, List<Func<string, bool>> retired, CancellationToken ct)
    {
        if (retired.Count == 0 || contractId == 0)
        {
            return [];
        }

        var checkedKeys = outcomes.Select(o => o.RuleKey).ToHashSet(StringComparer.Ordinal);
        var open = await db.ContractViolations.AsNoTracking().Where(v => v.ContractId == contractId && v.ResolvedAt == null)
            .Select(v => new { v.RuleKey, v.Kind, v.Severity }).ToListAsync(ct);
        return open
            .Where(v => !checkedKeys.Contains(v.RuleKey) && retired.Any(r => r(v.RuleKey)))
            .Select(v => new RuleOutcome(v.RuleKey, v.Kind, v.Severity, Kept: true,
                "The rule no longer applies: it left the contract, or what it was about left the schema.", null))
            .ToList();
    }
}
