using Governance.Model.OpenLineage;

namespace Governance.Collector.Outbox;

/// <summary>One pending event as stored in the outbox.</summary>
/// <param name="Sequence">Position in the outbox; increases with every enqueued event and is never reused.</param>
/// <param name="EnqueuedAt">When the event was written to the outbox.</param>
/// <param name="Payload">
/// The event as compact UTF-8 JSON, exactly as stored. Transports send these bytes as they are, so
/// an event is serialised once, when it is enqueued.
/// </param>
public sealed record OutboxEntry(long Sequence, DateTimeOffset EnqueuedAt, ReadOnlyMemory<byte> Payload)
{
    /// <summary>Parses <see cref="Payload"/> into the event model.</summary>
    /// <exception cref="OpenLineageFormatException">The payload is not an OpenLineage event.</exception>
    public OpenLineageEvent ReadEvent() => OpenLineageJson.ParseEvent(Payload);
}
