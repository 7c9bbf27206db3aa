namespace Governance.Collector.Outbox;

/// <summary>Where one record lies in its segment file (the line, without its newline).</summary>
internal readonly record struct RecordLocation(long Sequence, long Offset, int Length, DateTimeOffset EnqueuedAt);

/// <summary>
/// In-memory index of one segment file: an append-only file of records with increasing sequence
/// numbers, named after the first sequence it was created for. Only locations are kept in memory,
/// not payloads, so a long backlog costs a few dozen bytes per event.
/// </summary>
internal sealed class OutboxSegment(string path)
{
    /// <summary>File name prefix; the rest is the zero-padded first sequence and <see cref="Suffix"/>.</summary>
    public const string Prefix = "segment-";

    /// <summary>File name suffix (JSON lines).</summary>
    public const string Suffix = ".jsonl";

    public string Path { get; } = path;

    /// <summary>File length in bytes (what the segment costs of the disk budget).</summary>
    public long Length { get; set; }

    /// <summary>Record locations in sequence order.</summary>
    public List<RecordLocation> Records { get; } = [];

    /// <summary>
    /// Never append to this segment again: a failed write left bytes after its last record that
    /// could not be removed. Appending after them would glue a new record onto the fragment.
    /// </summary>
    public bool Sealed { get; set; }

    /// <summary>Records neither acknowledged nor rejected; the segment is deleted when this reaches zero.</summary>
    public int PendingCount { get; set; }

    public long FirstSequence => Records[0].Sequence;

    public long LastSequence => Records[^1].Sequence;

    public static string FileNameFor(long firstSequence) => $"{Prefix}{firstSequence:D19}{Suffix}";

    /// <summary>Parses the sequence in a segment file name; <c>null</c> for other files.</summary>
    public static long? SequenceFromFileName(string fileName) =>
        fileName.StartsWith(Prefix, StringComparison.Ordinal) && fileName.EndsWith(Suffix, StringComparison.Ordinal)
        && long.TryParse(fileName.AsSpan(Prefix.Length, fileName.Length - Prefix.Length - Suffix.Length), out var sequence)
            ? sequence
            : null;

    /// <summary>Whether this segment holds a record with the given sequence.</summary>
    public bool Contains(long sequence) => IndexOf(sequence) >= 0;

    /// <summary>Index of the record with the given sequence in <see cref="Records"/>, or a negative number.</summary>
    public int IndexOf(long sequence)
    {
        int low = 0, high = Records.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var value = Records[middle].Sequence;
            if (value == sequence)
            {
                return middle;
            }

            if (value < sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}

/// <summary>What a scan of a segment file found.</summary>
/// <param name="Records">The intact records, in file order.</param>
/// <param name="CorruptRecords">Damaged lines followed by intact records (lost data, not an interrupted write).</param>
/// <param name="ValidLength">End of the last intact record; anything after it is a torn tail.</param>
internal sealed record SegmentScan(List<RecordLocation> Records, int CorruptRecords, long ValidLength)
{
    /// <summary>Splits file content into lines and keeps the intact records.</summary>
    public static SegmentScan Of(ReadOnlySpan<byte> content)
    {
        var records = new List<RecordLocation>();
        var corrupt = 0;
        var pendingCorrupt = 0;
        long validLength = 0;
        var offset = 0;
        while (offset < content.Length)
        {
            var newline = content[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                // No newline: the last write was interrupted. Never confirmed to its caller.
                break;
            }

            var line = content.Slice(offset, newline);
            if (OutboxRecordFormat.TryRead(line, out var record))
            {
                records.Add(new RecordLocation(record.Sequence, offset, newline, record.EnqueuedAt));
                corrupt += pendingCorrupt;
                pendingCorrupt = 0;
                validLength = offset + newline + 1;
            }
            else if (!line.IsEmpty)
            {
                // Counted as corruption only if an intact record follows; otherwise it is part of the torn tail.
                pendingCorrupt++;
            }

            offset += newline + 1;
        }

        return new SegmentScan(records, corrupt, validLength);
    }
}
