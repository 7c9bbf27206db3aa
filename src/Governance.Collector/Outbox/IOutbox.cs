using Governance.Model.OpenLineage;

namespace Governance.Collector.Outbox;

/// <summary>
/// A durable queue of OpenLineage events waiting to be delivered. Producers (the scanners)
/// enqueue; one consumer (<see cref="OutboxDeliveryService"/>) reads, sends and acknowledges.
/// </summary>
/// <remarks>
/// Delivery is at-least-once: an event stays pending until it is acknowledged or rejected, so a
/// crash between sending and acknowledging resends it. The portal recognises a resent event by its
/// content hash and reports it as a duplicate, which makes resending harmless.
/// </remarks>
public interface IOutbox
{
    /// <summary>Number of events written but neither acknowledged nor rejected.</summary>
    long PendingCount { get; }

    /// <summary>How long the oldest pending event has been waiting; <c>null</c> when nothing is pending.</summary>
    TimeSpan? OldestPendingAge { get; }

    /// <summary>
    /// Appends events to the outbox. Completes only after they are durably on disk (written and
    /// flushed to the storage device), so a caller may forget an event once this returns.
    /// </summary>
    /// <param name="events">The events, kept in this order.</param>
    /// <param name="cancellationToken">Observed only before writing starts; a write that started is finished.</param>
    /// <exception cref="OutboxFullException">The disk budget (<see cref="OutboxOptions.MaxBytes"/>) would be exceeded; nothing was written.</exception>
    /// <exception cref="IOException">The write failed; nothing of this call will be delivered.</exception>
    ValueTask EnqueueAsync(IReadOnlyList<OpenLineageEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns up to <paramref name="max"/> pending events, oldest first. Events are not leased: the
    /// same events are returned again until they are acknowledged or rejected.
    /// </summary>
    /// <param name="max">Largest number of events returned.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks events as delivered; they are never returned again, even after a restart. Unknown or
    /// already acknowledged sequence numbers are ignored.
    /// </summary>
    /// <param name="sequences">The <see cref="OutboxEntry.Sequence"/> numbers of delivered events.</param>
    /// <param name="cancellationToken">Observed only before the acknowledgement is written.</param>
    ValueTask AcknowledgeAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves events the receiver refused for good to the dead-letter file, with the reasons, and
    /// removes them from the queue (an event that can never be accepted must not block the others).
    /// </summary>
    /// <param name="rejected">The refused events and why.</param>
    /// <param name="cancellationToken">Observed only before writing starts.</param>
    ValueTask RejectAsync(IReadOnlyList<RejectedEvent> rejected, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes as soon as at least one event is pending: at once if some already are, otherwise
    /// when the next <see cref="EnqueueAsync"/> completes.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    ValueTask WaitForPendingAsync(CancellationToken cancellationToken);
}
