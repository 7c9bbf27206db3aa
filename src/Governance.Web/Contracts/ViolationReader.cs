using Governance.Web.Catalog;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts;

/// <summary>Reads the violation history for the API and the portal's dashboard: filtered, paged, newest first, and counted.</summary>
public sealed class ViolationReader(IDbContextFactory<GovernanceDbContext> contexts, TimeProvider clock)
{
    /// <summary>Severities from most to least urgent.</summary>
    public static IReadOnlyList<string> Severities { get; } =
        [ViolationSeverities.Critical, ViolationSeverities.Error, ViolationSeverities.Warning, ViolationSeverities.Info];

    /// <summary>A page of violations, most recently seen first; <see cref="ViolationQuery.NormalizedState"/> must be set.</summary>
    public async Task<ViolationList> ListAsync(ViolationQuery filter, Paging paging, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Filtered(db, filter);
        query = filter.NormalizedState switch
        {
            ViolationQuery.Resolved => query.Where(v => v.ResolvedAt != null),
            ViolationQuery.All => query,
            _ => query.Where(v => v.ResolvedAt == null),
        };
        if (NormalizedSeverity(filter.Severity) is { } severity)
        {
            query = query.Where(v => v.Severity == severity);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(v => v.LastSeenAt).ThenByDescending(v => v.Id).Skip(paging.Offset).Take(paging.Limit)
            .Select(v => new
            {
                v.Id, v.Contract.Key, v.Contract.Name, v.Contract.Owner, v.Contract.DatasetNamespace, v.Contract.DatasetName,
                v.RuleKey, v.Kind, v.Severity, v.Message, v.EvidenceJson, v.FirstSeenAt, v.LastSeenAt, v.ResolvedAt, v.Occurrences,
            })
            .ToListAsync(ct);
        return new ViolationList(total, rows.Select(v => new ViolationDto(
            v.Id, v.Key, v.Name, v.Owner, new EntityId(v.DatasetNamespace, v.DatasetName), v.RuleKey, v.Kind, v.Severity, v.Message,
            JsonColumns.Element(v.EvidenceJson) ?? default, v.FirstSeenAt, v.LastSeenAt, v.ResolvedAt, v.Occurrences)).ToList());
    }

    /// <summary>Dashboard counts over the owner, namespace and contract filters (state and severity are what is counted).</summary>
    public async Task<ViolationSummary> SummaryAsync(ViolationQuery filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = Filtered(db, filter);
        var open = all.Where(v => v.ResolvedAt == null);
        var bySeverity = await open.GroupBy(v => v.Severity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byKind = await open.GroupBy(v => v.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var contracts = await open.Select(v => v.ContractId).Distinct().CountAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var resolved = await all.CountAsync(v => v.ResolvedAt != null && v.ResolvedAt >= since, ct);

        // Every known severity is listed, also at zero, so a dashboard's tiles do not come and go.
        var severities = Severities.Concat(bySeverity.Select(s => s.Key).Where(s => !Severities.Contains(s)))
            .Select(s => new SeverityCount(s, bySeverity.FirstOrDefault(b => b.Key == s)?.Count ?? 0)).ToList();
        return new ViolationSummary(
            bySeverity.Sum(s => s.Count), severities,
            byKind.OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => new KindCount(k.Key, k.Count)).ToList(),
            contracts, resolved);
    }

    /// <summary>INFO, WARNING, ERROR or CRITICAL in upper case; null for anything else (including nothing).</summary>
    public static string? NormalizedSeverity(string? severity)
    {
        var upper = severity?.Trim().ToUpperInvariant();
        return Severities.FirstOrDefault(s => s == upper);
    }

    private static IQueryable<ContractViolation> Filtered(GovernanceDbContext db, ViolationQuery filter)
    {
        var query = db.ContractViolations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.ContractKey))
        {
            query = query.Where(v => v.Contract.Key == filter.ContractKey);
        }

        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            var owner = filter.Owner.Trim().ToLowerInvariant();
            query = query.Where(v => v.Contract.Owner != null && v.Contract.Owner.ToLower() == owner);
        }

        if (!string.IsNullOrWhiteSpace(filter.Namespace))
        {
            var ns = filter.Namespace.Trim();
            query = query.Where(v => v.Contract.DatasetNamespace == ns);
        }

        return query;
    }
}
