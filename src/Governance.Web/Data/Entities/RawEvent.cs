namespace Governance.Web.Data.Entities;

/// <summary>An accepted OpenLineage event exactly as received; the projections are derived from these.</summary>
public sealed class RawEvent
{
    public long Id { get; set; }

    /// <summary>SHA-256 (hex) of the canonical JSON; makes ingestion idempotent.</summary>
    public required string EventHash { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>The event's own time (the receipt time when the producer sent an unreadable one).</summary>
    public DateTime EventTime { get; set; }

    /// <summary><c>RunEvent</c>, <c>DatasetEvent</c> or <c>JobEvent</c>.</summary>
    public required string EventKind { get; set; }
    public string? EventType { get; set; }
    public string? RunId { get; set; }
    public string? JobNamespace { get; set; }
    public string? JobName { get; set; }

    /// <summary>The catalog job the event was projected onto (after symlink and identity resolution); null for DatasetEvents.</summary>
    public long? JobId { get; set; }
    public JobEntity? Job { get; set; }
    public string? Producer { get; set; }

    /// <summary>The event JSON as posted.</summary>
    public required string Payload { get; set; }

    /// <summary>Validation warnings (JSON array) recorded when the event was accepted.</summary>
    public string? Warnings { get; set; }
}
