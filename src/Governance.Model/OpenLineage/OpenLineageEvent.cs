using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Common base of the three OpenLineage event types (spec <c>BaseEvent</c>). Parse events with
/// <see cref="OpenLineageJson.ParseEvent(string)"/>, which picks the concrete type.
/// </summary>
/// <remarks>
/// <see cref="EventTime"/> is a string because real producers send timestamps without offset or with template
/// placeholders; use <see cref="TryGetEventTime"/> to get an instant.
/// </remarks>
[JsonDerivedType(typeof(RunEvent))]
[JsonDerivedType(typeof(DatasetEvent))]
[JsonDerivedType(typeof(JobEvent))]
public abstract record OpenLineageEvent : OpenLineageElement
{
    /// <summary>Creates the base part of an event of the given kind.</summary>
    /// <param name="kind">The concrete event type.</param>
    private protected OpenLineageEvent(OpenLineageEventKind kind) => Kind = kind;

    /// <summary>Which of the three event types this is; derived from the CLR type, never serialised.</summary>
    [JsonIgnore]
    public OpenLineageEventKind Kind { get; }

    /// <summary>JSON <c>eventTime</c>: when the event occurred, as sent (normally RFC 3339).</summary>
    [JsonPropertyName("eventTime")]
    [JsonPropertyOrder(-3)]
    public string EventTime { get; set; } = "";

    /// <summary>JSON <c>producer</c>: URI of the software that produced the event.</summary>
    [JsonPropertyName("producer")]
    [JsonPropertyOrder(-2)]
    public string Producer { get; set; } = "";

    /// <summary>JSON <c>schemaURL</c>: the spec version and event definition, e.g. <c>…/2-0-2/OpenLineage.json#/$defs/RunEvent</c>. Some producers omit it.</summary>
    [JsonPropertyName("schemaURL")]
    [JsonPropertyOrder(-1)]
    public string? SchemaUrl { get; set; }

    /// <summary>Parses <see cref="EventTime"/> (see <see cref="OpenLineageTime.TryParse"/>; a missing offset means UTC).</summary>
    /// <param name="eventTime">The event time, or <c>default</c> if it cannot be parsed.</param>
    /// <returns><c>false</c> if <see cref="EventTime"/> is not an ISO-8601 timestamp.</returns>
    public bool TryGetEventTime(out DateTimeOffset eventTime) => OpenLineageTime.TryParse(EventTime, out eventTime);
}
