namespace Governance.Collector.Outbox;

// Reading: hands out pending records for delivery and lets the delivery loop wait for new ones.
public sealed partial class FileOutbox
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        using (await EnterAsync(cancellationToken).ConfigureAwait(false))
        {
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
    }

    /// <inheritdoc />
    public async ValueTask WaitForPendingAsync(CancellationToken cancellationToken)
    {
        while (PendingCount == 0)
        {
            await _enqueued.WaitAsync(cancellationToken).ConfigureAwait(false);
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
}
