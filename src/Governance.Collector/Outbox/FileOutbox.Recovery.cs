using System.Text.Json;

namespace Governance.Collector.Outbox;

// Opening: loads the acknowledgement cursor and rebuilds the in-memory segment index from disk.
public sealed partial class FileOutbox
{
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
}
