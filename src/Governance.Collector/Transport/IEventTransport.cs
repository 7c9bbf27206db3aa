using Governance.Collector.Outbox;

namespace Governance.Collector.Transport;

/// <summary>
/// Sends batches of outbox entries to their destination (the portal, stdout or a file) and says,
/// per entry, what became of it. A transport never acknowledges anything itself: the delivery
/// service records its answer in the outbox.
/// </summary>
public interface IEventTransport
{
    /// <summary>Short name for logs and status, e.g. <c>http</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Sends the entries in order. Failures the caller should react to (retry, stop) are reported
    /// in <see cref="TransportResult.Failure"/>, not thrown; only cancellation throws.
    /// </summary>
    /// <param name="batch">Entries to send, oldest first.</param>
    /// <param name="cancellationToken">Abandons the attempt; entries not reported delivered stay pending.</param>
    ValueTask<TransportResult> SendAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken);
}
