namespace Governance.Collector.Outbox;

/// <summary>
/// Thrown by <see cref="IOutbox.EnqueueAsync"/> when accepting the events would exceed the disk
/// budget (<see cref="OutboxOptions.MaxBytes"/>). Nothing of the call was written: the caller
/// still owns the events and must decide what to do (typically log, skip this scan and retry
/// later). The outbox never drops events silently.
/// </summary>
public sealed class OutboxFullException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is full and what to do about it.</param>
    /// <param name="usedBytes">Bytes used by the outbox when the write was refused.</param>
    /// <param name="maxBytes">The configured budget.</param>
    /// <param name="requestedBytes">Bytes the refused write needed.</param>
    public OutboxFullException(string message, long usedBytes, long maxBytes, long requestedBytes)
        : base(message)
    {
        UsedBytes = usedBytes;
        MaxBytes = maxBytes;
        RequestedBytes = requestedBytes;
    }

    /// <summary>Bytes used by the outbox when the write was refused.</summary>
    public long UsedBytes { get; }

    /// <summary>The configured budget (<see cref="OutboxOptions.MaxBytes"/>).</summary>
    public long MaxBytes { get; }

    /// <summary>Bytes the refused write needed.</summary>
    public long RequestedBytes { get; }
}
