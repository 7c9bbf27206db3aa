using System.Text;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Records;

/// <summary>
/// Encodes sample records as one record batch v2 (magic 2), the only format clients since Kafka 0.11
/// produce and the one librdkafka expects from Fetch v4+:
/// <code>
/// baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 = 2 | crc uint32
/// | attributes int16 | lastOffsetDelta int32 | baseTimestamp int64 | maxTimestamp int64
/// | producerId int64 | producerEpoch int16 | baseSequence int32 | recordCount int32 | records
/// </code>
/// The CRC-32C covers everything from attributes to the end. Each record is
/// <c>length varint | attributes int8 | timestampDelta varlong | offsetDelta varint | key | value | headers</c>
/// with varint lengths (-1 = null). Offsets inside one batch need not be contiguous (compacted logs
/// have gaps), which is exactly what sparse sample records look like.
/// </summary>
internal static class RecordBatchEncoder
{
    /// <summary>Bytes of the batch header, from baseOffset to recordCount inclusive.</summary>
    public const int HeaderSize = 61;

    /// <summary>Bytes before the batchLength's coverage starts (baseOffset + batchLength).</summary>
    private const int LogOverhead = 12;

    private const sbyte Magic = 2;

    /// <summary>
    /// How many of <paramref name="records"/> (sorted by offset) fit in <paramref name="maxBytes"/> as
    /// one batch, and the batch's size. At least one record is always taken: since KIP-74 a broker
    /// returns the first batch even when it exceeds the limit, or a large record would block the consumer.
    /// </summary>
    public static (int Count, int Size) Fit(ReadOnlySpan<SampleRecord> records, int maxBytes)
    {
        if (records.IsEmpty)
        {
            return (0, 0);
        }

        var baseOffset = records[0].Offset;
        var baseTimestamp = records[0].Timestamp.ToUnixTimeMilliseconds();
        var size = HeaderSize;
        var count = 0;
        foreach (var record in records)
        {
            if (record.Offset - baseOffset > int.MaxValue)
            {
                break; // offsetDelta is an int32: start a new batch on the next fetch.
            }

            var recordSize = RecordSize(record, baseOffset, baseTimestamp);
            if (count > 0 && size + recordSize > maxBytes)
            {
                break;
            }

            size += recordSize;
            count++;
        }

        return (count, size);
    }

    /// <summary>Writes <paramref name="records"/> (sorted by offset, non-empty) as one batch ending at the last record; returns its size.</summary>
    public static int Write(KafkaWriter writer, ReadOnlySpan<SampleRecord> records, int partitionLeaderEpoch) =>
        records.IsEmpty
            ? throw new ArgumentException("A record batch needs at least one record.", nameof(records))
            : Write(writer, records, records[0].Offset, records[^1].Offset, partitionLeaderEpoch);

    /// <summary>
    /// Writes one batch covering offsets [<paramref name="baseOffset"/>, <paramref name="lastOffset"/>]
    /// that holds <paramref name="records"/> (possibly none). A batch's offset range may extend past its
    /// last record, or hold no record at all: that is what compaction leaves behind, and consumers
    /// continue after the batch's last offset (KAFKA-5443), so the range lets them skip offsets without
    /// samples up to the log end instead of stalling before it. Returns the batch's size.
    /// </summary>
    public static int Write(KafkaWriter writer, ReadOnlySpan<SampleRecord> records, long baseOffset, long lastOffset, int partitionLeaderEpoch)
    {
        if (!records.IsEmpty && (records[0].Offset < baseOffset || records[^1].Offset > lastOffset))
        {
            throw new ArgumentException("Records must lie within the batch's offset range.", nameof(records));
        }

        if (lastOffset < baseOffset || lastOffset - baseOffset > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(lastOffset), "The last offset delta must fit an INT32.");
        }

        // An empty batch has no timestamps (Kafka writes -1, "no timestamp").
        var baseTimestamp = records.IsEmpty ? -1 : records[0].Timestamp.ToUnixTimeMilliseconds();
        var maxTimestamp = baseTimestamp;
        foreach (var record in records)
        {
            maxTimestamp = Math.Max(maxTimestamp, record.Timestamp.ToUnixTimeMilliseconds());
        }

        var start = writer.Position;
        writer.WriteInt64(baseOffset);
        var lengthAt = writer.ReserveInt32();
        writer.WriteInt32(partitionLeaderEpoch);
        writer.WriteInt8(Magic);
        var crcAt = writer.ReserveInt32();
        var crcFrom = writer.Position;
        writer.WriteInt16(0); // attributes: no compression, CreateTime, not transactional, not a control batch
        writer.WriteInt32((int)(lastOffset - baseOffset)); // lastOffsetDelta
        writer.WriteInt64(baseTimestamp);
        writer.WriteInt64(maxTimestamp);
        writer.WriteInt64(-1); // producerId: not an idempotent producer
        writer.WriteInt16(-1); // producerEpoch
        writer.WriteInt32(-1); // baseSequence
        writer.WriteInt32(records.Length);

        foreach (var record in records)
        {
            WriteRecord(writer, record, baseOffset, baseTimestamp);
        }

        var end = writer.Position;
        writer.PatchInt32(lengthAt, end - start - LogOverhead);
        var crc = Crc32C.Compute(writer.WrittenSlice(crcFrom, end - crcFrom));
        writer.PatchInt32(crcAt, unchecked((int)crc));
        return end - start;
    }

    /// <summary>Size of one record including its own length varint.</summary>
    private static int RecordSize(SampleRecord record, long baseOffset, long baseTimestamp)
    {
        var body = BodySize(record, baseOffset, baseTimestamp);
        return Varint.SizeOfSigned(body) + body;
    }

    private static int BodySize(SampleRecord record, long baseOffset, long baseTimestamp)
    {
        var size = 1 // attributes
            + Varint.SizeOfSigned(record.Timestamp.ToUnixTimeMilliseconds() - baseTimestamp)
            + Varint.SizeOfSigned((int)(record.Offset - baseOffset))
            + NullableBytesSize(record.Key?.Length)
            + NullableBytesSize(record.Value?.Length)
            + Varint.SizeOfSigned(record.Headers.Count);
        foreach (var header in record.Headers)
        {
            size += NullableBytesSize(Encoding.UTF8.GetByteCount(header.Key)) + NullableBytesSize(header.Value?.Length);
        }

        return size;
    }

    private static int NullableBytesSize(int? length) =>
        length is { } n ? Varint.SizeOfSigned(n) + n : Varint.SizeOfSigned(-1);

    private static void WriteRecord(KafkaWriter writer, SampleRecord record, long baseOffset, long baseTimestamp)
    {
        writer.WriteVarint(BodySize(record, baseOffset, baseTimestamp));
        writer.WriteInt8(0); // record attributes: unused
        writer.WriteVarlong(record.Timestamp.ToUnixTimeMilliseconds() - baseTimestamp);
        writer.WriteVarint((int)(record.Offset - baseOffset));
        WriteVarBytes(writer, record.Key);
        WriteVarBytes(writer, record.Value);
        writer.WriteVarint(record.Headers.Count);
        foreach (var header in record.Headers)
        {
            var keyLength = Encoding.UTF8.GetByteCount(header.Key);
            writer.WriteVarint(keyLength);
            Encoding.UTF8.GetBytes(header.Key, writer.GetSpan(keyLength));
            WriteVarBytes(writer, header.Value);
        }
    }

    private static void WriteVarBytes(KafkaWriter writer, byte[]? bytes)
    {
        if (bytes is null)
        {
            writer.WriteVarint(-1);
            return;
        }

        writer.WriteVarint(bytes.Length);
        writer.WriteRaw(bytes);
    }
}
