namespace Governance.Collector.Outbox;

// Acknowledging: removes delivered and rejected records, persists the cursor and deletes
// segments that no longer hold anything pending.
public sealed partial class FileOutbox
{
    /// <inheritdoc />
    public async ValueTask AcknowledgeAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            return;
        }

        using (await EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            AcknowledgeCore(sequences);
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

        using (await EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var written = _deadLetters.Append(rejected, _clock.GetUtcNow());
            Interlocked.Add(ref _usedBytes, written);
            AcknowledgeCore(rejected.Select(r => r.Entry.Sequence));
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
}
