using System.Buffers.Binary;
using System.Text;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Records;

/// <summary>One produced record batch: how many offsets it takes, and its records when we could read them.</summary>
internal sealed record ProducedBatch(int RecordCount, bool LogAppendTime, IReadOnlyList<SampleRecord>? Records);

/// <summary>
/// Reads the record batches (magic 2) of a Produce request, checking their CRC-32C as a broker does.
/// Uncompressed batches are decoded into records (offsets relative to the batch, timestamps absolute);
/// compressed ones (gzip, snappy, lz4, zstd) are only counted: the simulator has no codecs for all of
/// them, and a consumer test can still see the log end move.
/// </summary>
internal static class RecordBatchDecoder
{
    private const int CompressionMask = 0x07;
    private const int TimestampTypeBit = 0x08;

    /// <summary>Parses every batch of a partition's records; throws <see cref="KafkaProtocolException"/> on a corrupt one.</summary>
    public static List<ProducedBatch> Read(ReadOnlySpan<byte> records)
    {
        var batches = new List<ProducedBatch>();
        while (!records.IsEmpty)
        {
            if (records.Length < RecordBatchEncoder.HeaderSize)
            {
                throw new KafkaProtocolException("Record batch shorter than its header.");
            }

            var batchLength = BinaryPrimitives.ReadInt32BigEndian(records[8..]);
            var total = 12 + batchLength;
            if (batchLength < RecordBatchEncoder.HeaderSize - 12 || total > records.Length)
            {
                throw new KafkaProtocolException($"Record batch length {batchLength} is out of range.");
            }

            batches.Add(ReadBatch(records[..total]));
            records = records[total..];
        }

        return batches;
    }

    private static ProducedBatch ReadBatch(ReadOnlySpan<byte> batch)
    {
        var magic = (sbyte)batch[16];
        if (magic != 2)
        {
            throw new KafkaProtocolException($"Unsupported record batch magic {magic}; only magic 2 is accepted.");
        }

        var crc = BinaryPrimitives.ReadUInt32BigEndian(batch[17..]);
        if (Crc32C.Compute(batch[21..]) != crc)
        {
            throw new KafkaProtocolException("Record batch CRC-32C mismatch.");
        }

        var attributes = BinaryPrimitives.ReadInt16BigEndian(batch[21..]);
        var baseTimestamp = BinaryPrimitives.ReadInt64BigEndian(batch[27..]);
        var count = BinaryPrimitives.ReadInt32BigEndian(batch[57..]);
        if (count < 0)
        {
            throw new KafkaProtocolException($"Negative record count {count}.");
        }

        var logAppendTime = (attributes & TimestampTypeBit) != 0;
        if ((attributes & CompressionMask) != 0)
        {
            return new ProducedBatch(count, logAppendTime, null);
        }

        var reader = new KafkaReader(batch[RecordBatchEncoder.HeaderSize..], flexible: false);
        var decoded = new List<SampleRecord>(count);
        for (var i = 0; i < count; i++)
        {
            reader.ReadVarint(); // record length
            reader.ReadInt8(); // record attributes
            var timestampDelta = reader.ReadVarlong();
            reader.ReadVarint(); // offset delta: the broker assigns offsets in order anyway
            var key = ReadVarBytes(ref reader);
            var value = ReadVarBytes(ref reader);
            var headerCount = reader.ReadVarint();
            var headers = new List<SampleHeader>(Math.Max(headerCount, 0));
            for (var h = 0; h < headerCount; h++)
            {
                var headerKey = ReadVarBytes(ref reader) ?? throw new KafkaProtocolException("Null header key.");
                headers.Add(new SampleHeader { Key = Encoding.UTF8.GetString(headerKey), Value = ReadVarBytes(ref reader) });
            }

            decoded.Add(new SampleRecord
            {
                Offset = i,
                Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(baseTimestamp + timestampDelta),
                Key = key,
                Value = value,
                Headers = headers,
            });
        }

        return new ProducedBatch(count, logAppendTime, decoded);
    }

    private static byte[]? ReadVarBytes(ref KafkaReader reader)
    {
        var length = reader.ReadVarint();
        return length < 0 ? null : reader.ReadRaw(length).ToArray();
    }
}
