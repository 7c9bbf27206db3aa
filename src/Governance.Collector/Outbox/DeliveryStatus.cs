namespace Governance.Collector.Outbox;

/// <summary>A snapshot of outbox delivery, for the CLI summary and health reporting.</summary>
/// <param name="State">What the delivery loop is doing.</param>
/// <param name="Transport">The transport's name (<c>http</c>, <c>console</c>, <c>file</c>).</param>
/// <param name="PendingCount">Events waiting in the outbox.</param>
/// <param name="OldestPendingAge">How long the oldest pending event has waited; <c>null</c> when none.</param>
/// <param name="LastSuccessAt">When a batch was last delivered (fully or partly); <c>null</c> if never since start.</param>
/// <param name="LastErrorAt">When the last failure happened; <c>null</c> if none since start.</param>
/// <param name="LastError">The last failure's message (never contains secrets); cleared by the next full success.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last full success.</param>
/// <param name="NextAttemptAt">When the next attempt is due while <see cref="DeliveryState.WaitingToRetry"/>.</param>
/// <param name="Delivered">Events delivered since start, duplicates included.</param>
/// <param name="Duplicates">Of <see cref="Delivered"/>, events the receiver already had (resends).</param>
/// <param name="Rejected">Events moved to the dead-letter file since start.</param>
public sealed record DeliveryStatus(
    DeliveryState State,
    string Transport,
    long PendingCount,
    TimeSpan? OldestPendingAge,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset? NextAttemptAt,
    long Delivered,
    long Duplicates,
    long Rejected);

/// <summary>What the delivery loop is doing.</summary>
public enum DeliveryState
{
    /// <summary>Not started yet.</summary>
    NotStarted,

    /// <summary>Nothing pending; waiting for new events.</summary>
    Idle,

    /// <summary>Sending a batch.</summary>
    Delivering,

    /// <summary>The last attempt failed; waiting before the next.</summary>
    WaitingToRetry,

    /// <summary>Stopped because the receiver refused the credentials; events are kept until a restart with a valid key.</summary>
    Unauthorized,

    /// <summary>The host is shutting down (or has).</summary>
    Stopped,
}
