using System.Text.Json;
using Governance.Web.Catalog.Dtos;

namespace Governance.Web.Contracts;

/// <summary>Which violations: every filter is optional.</summary>
/// <param name="State"><c>open</c> (the default), <c>resolved</c> or <c>all</c>.</param>
/// <param name="Severity">INFO, WARNING, ERROR or CRITICAL.</param>
/// <param name="Owner">The owning team of the contract.</param>
/// <param name="Namespace">The governed dataset's namespace (a Kafka cluster).</param>
/// <param name="ContractKey">One contract.</param>
public sealed record ViolationQuery(
    string? State = null, string? Severity = null, string? Owner = null, string? Namespace = null, string? ContractKey = null)
{
    public const string Open = "open";
    public const string Resolved = "resolved";
    public const string All = "all";

    /// <summary>The state asked for, normalized; null when it is none of open, resolved, all.</summary>
    public string? NormalizedState
    {
        get
        {
            var state = string.IsNullOrWhiteSpace(State) ? Open : State.Trim().ToLowerInvariant();
            return state is Open or Resolved or All ? state : null;
        }
    }
}

/// <summary>
/// A breach of one rule of a contract: open from its first sighting until a check finds the rule kept again.
/// </summary>
/// <param name="RuleKey">The rule, stable across checks (e.g. <c>sla.lag:pos-loader</c>).</param>
/// <param name="Kind">COMPATIBILITY, FIELD_RULE, QUALITY, SLA_LAG, SLA_FRESHNESS, …</param>
/// <param name="Severity">INFO, WARNING, ERROR or CRITICAL.</param>
/// <param name="Evidence">What the check saw: the scan or event, schema version, record offset, measured values.</param>
/// <param name="Occurrences">How many checks found it broken.</param>
public sealed record ViolationDto(
    long Id,
    string ContractKey,
    string ContractName,
    string? Owner,
    EntityId Dataset,
    string RuleKey,
    string Kind,
    string Severity,
    string Message,
    JsonElement Evidence,
    DateTime FirstSeenAt,
    DateTime LastSeenAt,
    DateTime? ResolvedAt,
    int Occurrences);

/// <summary>A page of violations, newest first.</summary>
public sealed record ViolationList(int TotalCount, IReadOnlyList<ViolationDto> Violations);

/// <summary>Counts for a dashboard, over the same owner and namespace filters as the list.</summary>
/// <param name="Open">Open violations.</param>
/// <param name="OpenBySeverity">Open violations per severity, every severity present (CRITICAL first).</param>
/// <param name="OpenByKind">Open violations per kind of check, most first.</param>
/// <param name="ContractsAffected">Contracts with at least one open violation.</param>
/// <param name="ResolvedLast7Days">Violations resolved during the last seven days.</param>
public sealed record ViolationSummary(
    int Open,
    IReadOnlyList<SeverityCount> OpenBySeverity,
    IReadOnlyList<KindCount> OpenByKind,
    int ContractsAffected,
    int ResolvedLast7Days);

/// <summary>How many open violations have a severity.</summary>
public sealed record SeverityCount(string Severity, int Count);

/// <summary>How many open violations a kind of check found.</summary>
public sealed record KindCount(string Kind, int Count);
