namespace Governance.Collector.Outbox;

/// <summary>Log messages of <see cref="OutboxDeliveryService"/>.</summary>
internal static partial class OutboxDeliveryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox delivery via {Transport} started; {PendingCount} events pending")]
    public static partial void Started(ILogger logger, string transport, long pendingCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered {Count} events via {Transport} ({Duplicates} duplicates); {PendingCount} pending")]
    public static partial void Delivered(ILogger logger, int count, string transport, int duplicates, long pendingCount);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Delivery via {Transport} works again after {Failures} failed attempts; {PendingCount} events pending")]
    public static partial void Recovered(ILogger logger, string transport, int failures, long pendingCount);

    /// <summary>A failed attempt; the level is chosen by the caller (warning or error, debug when throttled).</summary>
    [LoggerMessage(Message = "Delivery via {Transport} failed (attempt {Attempt}): {Error}. {PendingCount} events kept; next attempt in {Delay}")]
    public static partial void Failure(ILogger logger, LogLevel level, string transport, int attempt, string error, long pendingCount, TimeSpan delay, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Delivery via {Transport} STOPPED: {Error} {PendingCount} events are kept in the outbox and delivered after a restart with a valid key")]
    public static partial void Unauthorized(ILogger logger, string transport, string error, long pendingCount);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event {Sequence} (enqueued {EnqueuedAt:O}) was {Reason}: {Errors}. It was moved to the dead-letter file {DeadLetterFile}")]
    public static partial void Rejected(ILogger logger, long sequence, DateTimeOffset enqueuedAt, string reason, string errors, string deadLetterFile);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Outbox delivery stopped; {PendingCount} events pending (they are resent after the next start)")]
    public static partial void Stopped(ILogger logger, long pendingCount);
}
