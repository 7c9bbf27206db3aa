using System.Buffers;
using Governance.Model.OpenLineage;

namespace Governance.Collector.Outbox;

// Enqueueing: appends records durably to the active segment, rolling over to a new one when full.
public sealed partial class FileOutbox
{
    /// <inheritdoc />
    public async ValueTask EnqueueAsync(IReadOnlyList<OpenLineageEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        // Serialise before taking the lock: it is the CPU-heavy part and needs no shared state.
        var payloads = new byte[events.Count][];
        for (var i = 0; i < payloads.Length; i++)
        {
            payloads[i] = OpenLineageJson.SerializeToUtf8Bytes(events[i]);
        }

        using (await EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            AppendDurably(payloads);
        }

        _enqueued.Set();
    }

    private void AppendDurably(byte[][] payloads)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var locations = new RecordLocation[payloads.Length];
        var now = _clock.GetUtcNow();
        for (var i = 0; i < payloads.Length; i++)
        {
            var start = buffer.WrittenCount;
            var stored = OutboxRecordFormat.Write(buffer, _nextSequence + i, now, payloads[i]);
            locations[i] = new RecordLocation(_nextSequence + i, start, buffer.WrittenCount - start - 1, stored);
        }

        var size = buffer.WrittenCount;
        if (_usedBytes + size > _maxBytes)
        {
            throw new OutboxFullException(
                $"The outbox at '{DirectoryPath}' is full: {_usedBytes} of {_maxBytes} bytes (Outbox:MaxBytes) are used by "
                + $"{_pendingCount} undelivered events (oldest waiting {OldestPendingAge?.ToString(@"d\.hh\:mm\:ss") ?? "-"}) "
                + $"and {_deadLetters.Length} bytes of dead letters; {payloads.Length} new events ({size} bytes) were NOT stored. "
                + "Check that the portal is reachable and accepts the events, or raise Outbox:MaxBytes.",
                _usedBytes, _maxBytes, size);
        }

        var (segment, stream) = WritableSegment(size);
        var segmentOffset = stream.Length;
        try
        {
            stream.Write(buffer.WrittenSpan);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception ex)
        {
            // Burn the sequences: if part of the write reached the disk, those numbers must not come back.
            _nextSequence += payloads.Length;
            UndoPartialWrite(segment, stream, segmentOffset, ex);
            throw;
        }

        foreach (var location in locations)
        {
            segment.Records.Add(location with { Offset = location.Offset + segmentOffset });
        }

        if (_segments.Count == 0 || !ReferenceEquals(_segments[^1], segment))
        {
            // A new segment joins the index with its first successful write.
            _segments.Add(segment);
        }

        segment.Length = segmentOffset + size;
        segment.PendingCount += locations.Length;
        _nextSequence += payloads.Length;
        Interlocked.Add(ref _usedBytes, size);
        if (Interlocked.Add(ref _pendingCount, locations.Length) == locations.Length)
        {
            Interlocked.Exchange(ref _oldestPendingUnixMs, locations[0].EnqueuedAt.ToUnixTimeMilliseconds());
        }
    }

    /// <summary>The segment to append <paramref name="size"/> bytes to: the active one, or a new one when it is full.</summary>
    private (OutboxSegment Segment, FileStream Stream) WritableSegment(long size)
    {
        if (_active is null && _segments.Count > 0 && _segments[^1] is { Sealed: false } last && last.Length < _segmentBytes)
        {
            // Resume the last segment (of a previous run: its torn tail, if any, was cut at open),
            // but only if the file ends exactly where its last record does.
            var stream = new FileStream(last.Path, FileMode.Open, FileAccess.Write, FileShare.Read);
            if (stream.Length == last.Length)
            {
                stream.Seek(0, SeekOrigin.End);
                (_active, _activeStream) = (last, stream);
            }
            else
            {
                stream.Dispose();
                last.Sealed = true;
            }
        }

        if (_active is not null && _activeStream is not null && (_active.Length == 0 || _active.Length + size <= _segmentBytes))
        {
            return (_active, _activeStream);
        }

        CloseActive();
        var path = Path.Combine(DirectoryPath, OutboxSegment.FileNameFor(_nextSequence));
        var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        // The file's directory entry must survive a power loss as well as its content.
        DurableFile.FlushDirectory(DirectoryPath);
        (_active, _activeStream) = (new OutboxSegment(path), created);
        return (_active, created);
    }

    private void UndoPartialWrite(OutboxSegment segment, FileStream stream, long length, Exception cause)
    {
        try
        {
            stream.SetLength(length);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leave the fragment behind (the next open treats it as damage) and never append after it.
            FileOutboxLog.RollbackFailed(_logger, segment.Path, new AggregateException(cause, ex));
            segment.Sealed = true;
            CloseActive();
        }
    }
}
