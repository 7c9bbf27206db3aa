namespace Governance.Model.Contracts;

/// <summary>Service levels promised for the topic.</summary>
public sealed record ContractServiceLevels
{
    /// <summary>Maximum time since the last record (ODCS SLA property <c>latency</c>).</summary>
    public TimeSpan? Freshness { get; init; }

    /// <summary>The element freshness is measured on, when not the record timestamp (ODCS <c>element</c> of <c>latency</c>).</summary>
    public string? FreshnessElement { get; init; }

    /// <summary>Maximum lag per named consumer group (ODCS custom property <c>consumerGroupMaxLag</c>).</summary>
    public ValueList<ConsumerLagObjective> ConsumerGroupLag { get; init; } = [];

    /// <summary>Whether consumers must route unprocessable records to a dead-letter topic (custom property <c>deadLetterTopicRequired</c>).</summary>
    public bool DeadLetterTopicRequired { get; init; }

    /// <summary>Name of the dead-letter topic (custom property <c>deadLetterTopic</c>).</summary>
    public string? DeadLetterTopic { get; init; }

    /// <summary>Other ODCS SLA properties (e.g. <c>retention</c>, <c>timeOfAvailability</c>), kept as written.</summary>
    public ValueList<ContractSlaProperty> Other { get; init; } = [];
}

/// <summary>Maximum lag, in records, that a consumer group may fall behind the topic's end.</summary>
/// <param name="ConsumerGroup">Consumer group id.</param>
/// <param name="MaxLag">Maximum number of records not yet consumed.</param>
public sealed record ConsumerLagObjective(string ConsumerGroup, long MaxLag);

/// <summary>
/// An ODCS SLA property the model does not interpret (ODCS <c>slaProperties[i]</c>), kept with all its members.
/// Values are compact JSON text of a scalar (<c>4</c>, <c>"09:00-08:00"</c>, <c>true</c>, <c>null</c>).
/// </summary>
public sealed record ContractSlaProperty
{
    /// <summary>ODCS <c>property</c>, e.g. <c>retention</c>.</summary>
    public required string Property { get; init; }

    /// <summary>ODCS <c>value</c> as JSON text.</summary>
    public required string ValueJson { get; init; }

    /// <summary>ODCS <c>valueExt</c> as JSON text.</summary>
    public string? ValueExtJson { get; init; }

    /// <summary>ODCS <c>unit</c>, e.g. <c>d</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>ODCS <c>element</c>.</summary>
    public string? Element { get; init; }

    /// <summary>ODCS <c>driver</c>, e.g. <c>regulatory</c>.</summary>
    public string? Driver { get; init; }

    /// <summary>ODCS <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>ODCS <c>scheduler</c>.</summary>
    public string? Scheduler { get; init; }

    /// <summary>ODCS <c>schedule</c>.</summary>
    public string? Schedule { get; init; }

    /// <summary>ODCS <c>id</c>.</summary>
    public string? Id { get; init; }
}
