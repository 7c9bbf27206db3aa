namespace Governance.Web.Data.Entities;

/// <summary>
/// A breach of one rule of a contract, open from its first sighting until a later check finds the
/// rule kept again. Repeated sightings of the same breach update it rather than adding rows, so each
/// breach notifies once.
/// </summary>
public sealed class ContractViolation
{
    public long Id { get; set; }
    public long ContractId { get; set; }
    public ContractEntity Contract { get; set; } = null!;

    /// <summary>Which rule, stable across checks (e.g. <c>compatibility</c>, <c>sla.lag:pos-loader</c>, <c>field.required:customer.email</c>).</summary>
    public required string RuleKey { get; set; }

    /// <summary>The kind of check that found it (COMPATIBILITY, FIELD_RULE, CLASSIFICATION, QUALITY, SLA_LAG, SLA_FRESHNESS, DLQ…).</summary>
    public required string Kind { get; set; }

    /// <summary>INFO, WARNING, ERROR or CRITICAL.</summary>
    public required string Severity { get; set; }
    public required string Message { get; set; }

    /// <summary>What the check saw (JSON): the scan or event, schema version, sampled record offset, measured values.</summary>
    public required string EvidenceJson { get; set; }
    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public int Occurrences { get; set; }
}
