using System.Buffers;
using System.Text.Json;
using Governance.Model.OpenLineage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Collector.Outbox;

/// <summary>
/// <see cref="IOutbox"/> on the local file system: append-only segment files of checksummed JSON
/// lines, an acknowledgement cursor replaced atomically, a dead-letter file and a lock file, all in
/// one directory owned by one process.
/// </summary>
/// <remarks>
/// <para>Layout of <see cref="DirectoryPath"/>:</para>
/// <list type="bullet">
/// <item><c>segment-&lt;first sequence, 19 digits&gt;.jsonl</c>: records (see <see cref="OutboxRecordFormat"/>);
/// a segment is deleted once every record in it is acknowledged or rejected.</item>
/// <item><c>cursor.json</c>: <c>{"version":1,"acknowledgedThrough":N,"acknowledged":[...]}</c>, replaced via
/// <c>cursor.json.tmp</c> + rename.</item>
/// <item><c>rejected.jsonl</c>: dead letters (see <see cref="RejectAsync"/>).</item>
/// <item><c>outbox.lock</c>: held open exclusively while the outbox is open.</item>
/// </list>
/// <para>
/// Crash safety: <see cref="EnqueueAsync"/> returns only after <c>fsync</c>; acknowledgements are made
/// durable before segments are deleted. On open, a torn last record (an interrupted write) is cut
/// off, damaged records between intact ones are skipped and logged, and everything intact and not
/// acknowledged is pending again. An acknowledgement lost in a crash only causes a resend.
/// </para>
/// <para>All operations are serialised by one lock; they are short (an append plus one flush, or a read of a batch).</para>
/// </remarks>
public sealed class FileOutbox : IOutbox, IDisposable
{
    private readonly long _maxBytes;
    private readonly long _segmentBytes;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly DirectoryLock _lock;
    private readonly string _cursorPath;
    private readonly AckCursor _cursor;
    private readonly DeadLetterFile _deadLetters;
    private readonly List<OutboxSegment> _segments;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly AsyncSignal _enqueued = new();

    // The segment being appended to, with its open stream; null until the next enqueue needs one.
    private OutboxSegment? _active;
    private FileStream? _activeStream;
    private long _nextSequence;
    private long _usedBytes;
    private long _pendingCount;
    private long _oldestPendingUnixMs = -1;
    private bool _disposed;

    private FileOutbox(string directory, OutboxOptions options, TimeProvider clock, ILogger logger, DirectoryLock directoryLock)
    {
        DirectoryPath = directory;
        _maxBytes = options.MaxBytes;
        _segmentBytes = options.SegmentBytes;
        _clock = clock;
        _logger = logger;
        _lock = directoryLock;
        _cursorPath = Path.Combine(directory, AckCursor.FileName);
        _deadLetters = new DeadLetterFile(Path.Combine(directory, DeadLetterFile.FileName));
        _cursor = LoadCursor();
        _segments = Recover();
    }

    /// <summary>The outbox directory (absolute).</summary>
    public string DirectoryPath { get; }

    /// <summary>Path of the dead-letter file <c>rejected.jsonl</c>.</summary>
    public string DeadLetterPath => _deadLetters.Path;

    /// <summary>Bytes counted against <see cref="OutboxOptions.MaxBytes"/>: segment files plus the dead-letter file.</summary>
    public long UsedBytes => Interlocked.Read(ref _usedBytes);

    /// <inheritdoc />
    public long PendingCount => Interlocked.Read(ref _pendingCount);

    /// <inheritdoc />
    public TimeSpan? OldestPendingAge
    {
        get
        {
            var oldest = Interlocked.Read(ref _oldestPendingUnixMs);
            if (oldest < 0)
            {
                return null;
            }

            var age = _clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(oldest);
            return age < TimeSpan.Zero ? TimeSpan.Zero : age;
        }
    }

    /// <summary>
    /// Opens (creating if needed) the outbox in <see cref="OutboxOptions.Directory"/>, takes its lock
    /// and recovers the pending events of a previous run.
    /// </summary>
    /// <param name="options">Directory (used as given; resolve relative paths first), disk budget and segment size.</param>
    /// <param name="logger">Receives recovery findings and problems.</param>
    /// <param name="clock">Source of enqueue times and ages.</param>
    /// <exception cref="OutboxLockedException">Another outbox (normally another collector process) owns the directory.</exception>
    public static FileOutbox Open(OutboxOptions options, ILogger<FileOutbox>? logger = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetFullPath(options.Directory);
        Directory.CreateDirectory(directory);
        var directoryLock = DirectoryLock.Acquire(directory);
        try
        {
            return new FileOutbox(directory, options, clock ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance, directoryLock);
        }
        catch
        {
            directoryLock.Dispose();
            throw;
        }
    }

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

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AppendDurably(payloads);
        }
        finally
        {
            _gate.Release();
        }

        _enqueued.Set();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var entries = new List<OutboxEntry>(Math.Min(max, 1024));
            List<long>? damaged = null;
            foreach (var segment in _segments)
            {
                if (entries.Count == max)
                {
                    break;
                }

                if (segment.PendingCount > 0)
                {
                    ReadPending(segment, entries, max, ref damaged);
                }
            }

            if (damaged is not null)
            {
                // Unreadable now although intact at open: nothing can deliver it, and keeping it would block the queue.
                AcknowledgeCore(damaged);
            }

            return entries;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask AcknowledgeAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AcknowledgeCore(sequences);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The dead letters are flushed to disk before the events are acknowledged; a crash in between
    /// resends them and may record them twice in <c>rejected.jsonl</c>, never zero times.
    /// </remarks>
    public async ValueTask RejectAsync(IReadOnlyList<RejectedEvent> rejected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        if (rejected.Count == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var written = _deadLetters.Append(rejected, _clock.GetUtcNow());
            Interlocked.Add(ref _usedBytes, written);
            AcknowledgeCore(rejected.Select(r => r.Entry.Sequence));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask WaitForPendingAsync(CancellationToken cancellationToken)
    {
        while (PendingCount == 0)
        {
            await _enqueued.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes the open segment and releases the directory lock. Pending events stay on disk.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            CloseActive();
            _lock.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    private AckCursor LoadCursor()
    {
        try
        {
            return AckCursor.Load(_cursorPath);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Starting from "nothing acknowledged" only resends; refusing to start would stop collection.
            FileOutboxLog.CursorUnreadable(_logger, _cursorPath, ex);
            return AckCursor.Empty();
        }
    }

    /// <summary>Rebuilds the index from the segment files, cuts torn tails and deletes delivered segments.</summary>
    private List<OutboxSegment> Recover()
    {
        foreach (var leftover in Directory.EnumerateFiles(DirectoryPath, "*" + DurableFile.TemporarySuffix))
        {
            File.Delete(leftover);
        }

        var files = Directory.EnumerateFiles(DirectoryPath, OutboxSegment.Prefix + "*" + OutboxSegment.Suffix)
            .Select(path => (Path: path, First: OutboxSegment.SequenceFromFileName(Path.GetFileName(path))))
            .Where(file => file.First is not null)
            .OrderBy(file => file.First)
            .Select(file => file.Path)
            .ToList();

        var segments = new List<OutboxSegment>();
        var lastSequence = 0L;
        foreach (var path in files)
        {
            var content = File.ReadAllBytes(path);
            var scan = SegmentScan.Of(content);
            if (scan.CorruptRecords > 0)
            {
                FileOutboxLog.CorruptRecords(_logger, path, scan.CorruptRecords);
            }

            if (scan.ValidLength < content.Length)
            {
                // An interrupted append: its caller never got a confirmation. Cut it off so the next
                // append starts on a clean line instead of gluing onto the fragment.
                FileOutboxLog.TornTail(_logger, path, content.Length - scan.ValidLength);
                using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
                file.SetLength(scan.ValidLength);
                file.Flush(flushToDisk: true);
            }

            var segment = new OutboxSegment(path) { Length = scan.ValidLength };
            foreach (var record in scan.Records)
            {
                if (record.Sequence <= lastSequence)
                {
                    FileOutboxLog.OutOfOrder(_logger, path, record.Sequence, lastSequence);
                    continue;
                }

                lastSequence = record.Sequence;
                segment.Records.Add(record);
                if (!_cursor.IsAcknowledged(record.Sequence))
                {
                    segment.PendingCount++;
                }
            }

            if (segment.PendingCount == 0)
            {
                // Empty, fully torn, or delivered before a crash that came ahead of its deletion.
                File.Delete(path);
                continue;
            }

            segments.Add(segment);
            _usedBytes += segment.Length;
            _pendingCount += segment.PendingCount;
        }

        // Never reuse a sequence the cursor already counts as acknowledged, even when every segment is gone.
        _nextSequence = Math.Max(lastSequence, _cursor.Highest) + 1;
        _usedBytes += _deadLetters.Length;
        _oldestPendingUnixMs = FindOldestPending(segments) is { } oldest ? oldest.EnqueuedAt.ToUnixTimeMilliseconds() : -1;
        FileOutboxLog.Opened(_logger, DirectoryPath, _pendingCount, segments.Count, _usedBytes, _maxBytes);
        return segments;
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

    private void ReadPending(OutboxSegment segment, List<OutboxEntry> entries, int max, ref List<long>? damaged)
    {
        using var handle = File.OpenHandle(segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        foreach (var location in segment.Records)
        {
            if (_cursor.IsAcknowledged(location.Sequence))
            {
                continue;
            }

            var line = new byte[location.Length];
            var read = 0;
            while (read < line.Length)
            {
                var n = RandomAccess.Read(handle, line.AsSpan(read), location.Offset + read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (read < line.Length || !OutboxRecordFormat.TryRead(line, out var record) || record.Sequence != location.Sequence)
            {
                FileOutboxLog.DamagedOnRead(_logger, location.Sequence, segment.Path);
                (damaged ??= []).Add(location.Sequence);
                continue;
            }

            entries.Add(new OutboxEntry(record.Sequence, record.EnqueuedAt, line.AsMemory(record.PayloadStart, record.PayloadLength)));
            if (entries.Count == max)
            {
                return;
            }
        }
    }

    private void AcknowledgeCore(IEnumerable<long> sequences)
    {
        var changed = false;
        foreach (var sequence in sequences)
        {
            if (_cursor.IsAcknowledged(sequence) || FindSegment(sequence) is not { } segment)
            {
                continue;
            }

            _cursor.Add(sequence);
            segment.PendingCount--;
            Interlocked.Decrement(ref _pendingCount);
            changed = true;
        }

        if (!changed)
        {
            return;
        }

        // Keep the cursor small: everything before the oldest pending record counts as acknowledged.
        var oldest = FindOldestPending(_segments);
        _cursor.AdvanceTo(oldest is { } first ? first.Sequence - 1 : _nextSequence - 1);
        // Durable before any segment is deleted: a deleted segment must never come back as pending.
        _cursor.Save(_cursorPath);
        Interlocked.Exchange(ref _oldestPendingUnixMs, oldest is { } o ? o.EnqueuedAt.ToUnixTimeMilliseconds() : -1);
        DeleteDeliveredSegments();
    }

    private void DeleteDeliveredSegments()
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var segment = _segments[i];
            if (segment.PendingCount > 0)
            {
                continue;
            }

            if (ReferenceEquals(segment, _active))
            {
                CloseActive();
            }

            try
            {
                File.Delete(segment.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                FileOutboxLog.DeleteFailed(_logger, segment.Path, ex);
                continue;
            }

            _segments.RemoveAt(i);
            Interlocked.Add(ref _usedBytes, -segment.Length);
        }
    }

    /// <summary>The segment holding <paramref name="sequence"/>, or <c>null</c>.</summary>
    private OutboxSegment? FindSegment(long sequence)
    {
        int low = 0, high = _segments.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_segments[middle].FirstSequence <= sequence)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && _segments[found].Contains(sequence) ? _segments[found] : null;
    }

    private RecordLocation? FindOldestPending(List<OutboxSegment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.PendingCount == 0)
            {
                continue;
            }

            foreach (var record in segment.Records)
            {
                if (!_cursor.IsAcknowledged(record.Sequence))
                {
                    return record;
                }
            }
        }

        return null;
    }

    private void CloseActive()
    {
        _activeStream?.Dispose();
        _activeStream = null;
        _active = null;
    }
}
