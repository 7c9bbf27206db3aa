using System.Text.Json;

namespace Governance.Web.Contracts;

/// <summary>
/// A contract as JSON: the shape <c>POST /api/v1/contracts</c> accepts with <c>Content-Type: application/json</c> and
/// that <c>GET /api/v1/contracts/{key}</c> returns, so a client can read, change and send back. It carries what the
/// contract model interprets; ODCS members it keeps without interpreting (roles, support, custom properties, other
/// SLA properties, …) are not part of it and are carried over from the contract's latest revision when it is revised.
/// Enumerations are spelled as in ODCS: status <c>draft|active|deprecated</c>, logical types <c>string|integer|…</c>,
/// classifications <c>public|confidential|pii|pci</c>, severities <c>info|warning|error</c>; compatibility as in
/// Schema Registry (<c>BACKWARD_TRANSITIVE</c>).
/// </summary>
public sealed record ContractDocumentDto
{
    /// <summary>ODCS <c>id</c>: the contract's key. Required.</summary>
    public string? Id { get; init; }
    public string? Name { get; init; }

    /// <summary>Semantic version, e.g. <c>1.0.0</c>. Required.</summary>
    public string? Version { get; init; }

    /// <summary><c>draft</c> (the default), <c>active</c> or <c>deprecated</c>.</summary>
    public string? Status { get; init; }
    public string? Domain { get; init; }

    /// <summary>What the data is for (ODCS <c>description.purpose</c>).</summary>
    public string? Description { get; init; }
    public string? Usage { get; init; }
    public string? Limitations { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The governed topic.</summary>
    public ContractDatasetDto? Dataset { get; init; }
    public IReadOnlyList<ContractServerDto>? Servers { get; init; }

    /// <summary>The owning team (its name is the contract's owner) and stakeholders.</summary>
    public ContractTeamDto? Team { get; init; }
    public ContractSchemaReferenceDto? SchemaReference { get; init; }

    /// <summary><c>NONE</c>, <c>BACKWARD</c>, <c>BACKWARD_TRANSITIVE</c>, <c>FORWARD</c>, <c>FORWARD_TRANSITIVE</c>, <c>FULL</c> or <c>FULL_TRANSITIVE</c>.</summary>
    public string? Compatibility { get; init; }
    public IReadOnlyList<ContractFieldDto>? Fields { get; init; }
    public IReadOnlyList<ContractQualityRuleDto>? QualityRules { get; init; }
    public ContractServiceLevelsDto? ServiceLevels { get; init; }
}

/// <summary>The governed topic: <see cref="PhysicalName"/> is the topic name when it differs from <see cref="Name"/>.</summary>
public sealed record ContractDatasetDto(string? Name, string? PhysicalName = null, string? PhysicalType = null, string? Description = null, IReadOnlyList<string>? Tags = null);

/// <summary>A Kafka cluster the topic lives on; <see cref="Host"/> is its bootstrap servers.</summary>
public sealed record ContractServerDto(string? Name, string? Host, string? Environment = null, string? Format = null, string? Description = null);

/// <summary>The owning team and its stakeholders.</summary>
public sealed record ContractTeamDto(string? Name, string? Description = null, IReadOnlyList<ContractStakeholderDto>? Members = null);

/// <summary>A person with a role on the contract (e.g. <c>data steward</c>).</summary>
public sealed record ContractStakeholderDto(string? Username, string? Name = null, string? Role = null, string? Description = null);

/// <summary>The Schema Registry subject, optionally pinned to one version or limited to a range such as <c>[3,)</c>.</summary>
public sealed record ContractSchemaReferenceDto(string? Subject, int? PinnedVersion = null, string? VersionRange = null);

/// <summary>A field with its rules and classification. Bounds are numbers, or strings for dates and times.</summary>
public sealed record ContractFieldDto
{
    public string? Name { get; init; }
    public string? LogicalType { get; init; }
    public string? PhysicalType { get; init; }
    public string? Description { get; init; }
    public bool Required { get; init; }

    /// <summary>The only values allowed (strings, numbers, booleans or null); absent for no such rule.</summary>
    public IReadOnlyList<JsonElement>? AllowedValues { get; init; }
    public string? Pattern { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public JsonElement? Minimum { get; init; }
    public bool ExclusiveMinimum { get; init; }
    public JsonElement? Maximum { get; init; }
    public bool ExclusiveMaximum { get; init; }
    public string? Format { get; init; }
    public string? Classification { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
}

/// <summary>A CEL expression over one record that must hold; <see cref="Field"/> names the field it is declared on, if any.</summary>
public sealed record ContractQualityRuleDto(string? Name, string? Expression, string? Severity = null, string? Description = null, string? Field = null);

/// <summary>Service levels: freshness as a duration (<c>"00:15:00"</c>), lag objectives per consumer group, a dead-letter topic.</summary>
public sealed record ContractServiceLevelsDto
{
    public TimeSpan? Freshness { get; init; }
    public string? FreshnessElement { get; init; }
    public IReadOnlyList<ConsumerLagObjectiveDto>? ConsumerGroupLag { get; init; }
    public bool DeadLetterTopicRequired { get; init; }
    public string? DeadLetterTopic { get; init; }
}

/// <summary>The most records a consumer group may lag behind the topic's end.</summary>
public sealed record ConsumerLagObjectiveDto(string? ConsumerGroup, long MaxLag);
