using Governance.Collector.Outbox;

namespace Governance.Collector.Transport;

/// <summary>
/// What became of a batch. Entries that are neither <see cref="Delivered"/> nor
/// <see cref="Rejected"/> were not delivered and stay pending; when there are such entries,
/// <see cref="Failure"/> says why.
/// </summary>
/// <param name="Delivered">Sequences the receiver holds now (stored, or already known).</param>
/// <param name="Duplicates">How many of <see cref="Delivered"/> the receiver already had (resends after a crash or lost answer).</param>
/// <param name="Rejected">Entries refused for good; they go to the dead-letter file.</param>
/// <param name="Failure">Why the rest was not delivered; <c>null</c> when the whole batch was handled.</param>
public sealed record TransportResult(
    IReadOnlyList<long> Delivered,
    int Duplicates,
    IReadOnlyList<RejectedEvent> Rejected,
    TransportFailure? Failure)
{
    /// <summary>Every entry delivered, none of them a duplicate.</summary>
    public static TransportResult AllDelivered(IReadOnlyList<OutboxEntry> batch) =>
        new(batch.Select(e => e.Sequence).ToArray(), 0, [], null);

    /// <summary>Nothing delivered, for the given reason.</summary>
    public static TransportResult Failed(TransportFailure failure) => new([], 0, [], failure);

    /// <summary>Combines the results of two consecutive parts of one batch.</summary>
    public TransportResult Then(TransportResult next) =>
        new([.. Delivered, .. next.Delivered], Duplicates + next.Duplicates, [.. Rejected, .. next.Rejected], next.Failure ?? Failure);
}

/// <summary>Why (part of) a batch was not delivered.</summary>
/// <param name="Kind">How the delivery service should react.</param>
/// <param name="Message">For the log and the status; never contains secrets.</param>
/// <param name="RetryAfter">The receiver's requested wait (<c>Retry-After</c>), when it gave one.</param>
/// <param name="StatusCode">The HTTP status, for HTTP failures.</param>
public sealed record TransportFailure(TransportFailureKind Kind, string Message, TimeSpan? RetryAfter = null, int? StatusCode = null);

/// <summary>How the delivery service reacts to a failure.</summary>
public enum TransportFailureKind
{
    /// <summary>Likely to pass (network down, timeout, 408, 429, 5xx): retry the batch with backoff.</summary>
    Transient,

    /// <summary>Credentials refused (401/403): retrying cannot help; stop delivering and keep the events.</summary>
    Unauthorized,

    /// <summary>
    /// An answer that points at a configuration or protocol problem (404, 400 for the whole batch,
    /// an answer that cannot be read): retried with backoff and logged as an error, events kept.
    /// </summary>
    Unexpected,
}
