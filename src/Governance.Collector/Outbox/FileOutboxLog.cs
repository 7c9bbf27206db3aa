namespace Governance.Collector.Outbox;

/// <summary>Log messages of <see cref="FileOutbox"/>.</summary>
internal static partial class FileOutboxLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Outbox {Directory} opened: {PendingCount} pending events in {SegmentCount} segments, {UsedBytes} of {MaxBytes} bytes used")]
    public static partial void Opened(ILogger logger, string directory, long pendingCount, int segmentCount, long usedBytes, long maxBytes);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox segment {Segment} ended with {TornBytes} bytes of an interrupted write; they were never confirmed and are discarded")]
    public static partial void TornTail(ILogger logger, string segment, long tornBytes);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Outbox segment {Segment} holds {CorruptRecords} damaged records between intact ones; those events are lost (disk or file damage)")]
    public static partial void CorruptRecords(ILogger logger, string segment, int corruptRecords);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Outbox segment {Segment} holds sequence {Sequence} out of order (after {Previous}); the record is skipped")]
    public static partial void OutOfOrder(ILogger logger, string segment, long sequence, long previous);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Outbox record {Sequence} in {Segment} is damaged on disk and cannot be delivered; it is dropped")]
    public static partial void DamagedOnRead(ILogger logger, long sequence, string segment);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox acknowledgement cursor {Path} is unreadable; every event still on disk will be resent (the portal reports duplicates)")]
    public static partial void CursorUnreadable(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete delivered outbox segment {Segment}; will retry")]
    public static partial void DeleteFailed(ILogger logger, string segment, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Writing to outbox segment {Segment} failed and the partial write could not be undone; a new segment is started")]
    public static partial void RollbackFailed(ILogger logger, string segment, Exception exception);
}
