using System.Runtime.InteropServices;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Cluster;

/// <summary>
/// A partition's log as brokers see it: offsets [LogStartOffset, LogEndOffset), of which only the
/// scenario's sample records have content. An offset without a sample is treated like a compacted-away
/// record: reading from it yields the next sample. Use inside the platform lock (spans point into
/// the scenario's list).
/// </summary>
internal static class PartitionLog
{
    /// <summary>Samples with offset in [max(<paramref name="from"/>, log start), log end), by offset.</summary>
    public static ReadOnlySpan<SampleRecord> From(PartitionScenario partition, long from)
    {
        var records = Sorted(partition);
        var start = Math.Max(from, partition.LogStartOffset);
        var first = LowerBound(records, start);
        var end = LowerBound(records, partition.LogEndOffset);
        return first < end ? records[first..end] : [];
    }

    /// <summary>The first served sample whose timestamp is at or after <paramref name="timestampMs"/> (Kafka's time index lookup).</summary>
    public static SampleRecord? FirstAtOrAfter(PartitionScenario partition, long timestampMs)
    {
        foreach (var record in From(partition, partition.LogStartOffset))
        {
            if (record.Timestamp.ToUnixTimeMilliseconds() >= timestampMs)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>The served sample with the largest timestamp (the first one on ties), for ListOffsets' MAX_TIMESTAMP.</summary>
    public static SampleRecord? MaxTimestamp(PartitionScenario partition)
    {
        SampleRecord? best = null;
        foreach (var record in From(partition, partition.LogStartOffset))
        {
            if (best is null || record.Timestamp > best.Timestamp)
            {
                best = record;
            }
        }

        return best;
    }

    private static ReadOnlySpan<SampleRecord> Sorted(PartitionScenario partition)
    {
        var span = CollectionsMarshal.AsSpan(partition.Records);
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Offset < span[i - 1].Offset)
            {
                // Hand-written scenarios may list samples out of order; sort a copy, never the scenario.
                var copy = span.ToArray();
                Array.Sort(copy, (a, b) => a.Offset.CompareTo(b.Offset));
                return copy;
            }
        }

        return span;
    }

    private static int LowerBound(ReadOnlySpan<SampleRecord> records, long offset)
    {
        int low = 0, high = records.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (records[mid].Offset < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
