using System.Text;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Kafka.Records;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>Unit tests of the codec pieces: varints, compact encodings, CRC-32C and record batches.</summary>
public sealed class KafkaCodecTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xE3069283u)] // the standard CRC-32C check value
    [InlineData("a", 0xC1D04330u)]
    public void Crc32C_matches_known_values(string input, uint expected) =>
        Assert.Equal(expected, Crc32C.Compute(Encoding.ASCII.GetBytes(input)));

    [Fact]
    public void Crc32C_of_32_zero_bytes_matches_the_RFC_3720_vector() =>
        Assert.Equal(0x8A9136AAu, Crc32C.Compute(new byte[32]));

    [Fact]
    public void Crc32C_slicing_by_8_agrees_with_byte_at_a_time_updates()
    {
        var data = new byte[1021];
        new Random(42).NextBytes(data);
        var bytewise = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            bytewise = Crc32C.Update(bytewise, [b]);
        }

        Assert.Equal(~bytewise, Crc32C.Compute(data));
    }

    [Theory]
    [InlineData(0, new byte[] { 0x00 })]
    [InlineData(-1, new byte[] { 0x01 })]
    [InlineData(1, new byte[] { 0x02 })]
    [InlineData(63, new byte[] { 0x7E })]
    [InlineData(-64, new byte[] { 0x7F })]
    [InlineData(64, new byte[] { 0x80, 0x01 })]
    [InlineData(int.MaxValue, new byte[] { 0xFE, 0xFF, 0xFF, 0xFF, 0x0F })]
    [InlineData(int.MinValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]
    public void Zigzag_varints_encode_as_Kafka_does(int value, byte[] expected)
    {
        using var writer = new KafkaWriter();
        writer.WriteVarint(value);
        Assert.Equal(expected, writer.WrittenSpan.ToArray());
        Assert.Equal(expected.Length, Varint.SizeOfSigned(value));
        var reader = new KafkaReader(expected, flexible: false);
        Assert.Equal(value, reader.ReadVarint());
    }

    [Fact]
    public void Varlongs_round_trip_at_the_extremes()
    {
        foreach (var value in new[] { 0L, -1L, long.MaxValue, long.MinValue, 1_700_000_000_000L, -300L })
        {
            using var writer = new KafkaWriter();
            writer.WriteVarlong(value);
            Assert.Equal(Varint.SizeOfSigned(value), writer.Position);
            var reader = new KafkaReader(writer.WrittenSpan, flexible: false);
            Assert.Equal(value, reader.ReadVarlong());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strings_bytes_arrays_and_uuids_round_trip_in_both_encodings(bool flexible)
    {
        var id = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
        using var writer = new KafkaWriter { Flexible = flexible };
        writer.WriteString("grüße");
        writer.WriteNullableString(null);
        writer.WriteNullableBytes([1, 2, 3]);
        writer.WriteNullableBytes(null);
        writer.WriteArrayLength(-1);
        writer.WriteInt32Array([5, 6]);
        writer.WriteUuid(id);
        writer.WriteEmptyTaggedFields();

        var reader = new KafkaReader(writer.WrittenSpan, flexible);
        Assert.Equal("grüße", reader.ReadString());
        Assert.Null(reader.ReadNullableString());
        Assert.Equal([1, 2, 3], reader.ReadNullableBytes());
        Assert.Null(reader.ReadNullableBytes());
        Assert.Equal(-1, reader.ReadArrayLength());
        Assert.Equal([5, 6], reader.ReadInt32Array());
        Assert.Equal(id, reader.ReadUuid());
        reader.SkipTaggedFields();
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Compact_encodings_store_length_plus_one_and_uuids_are_big_endian()
    {
        using var writer = new KafkaWriter { Flexible = true };
        writer.WriteString("ab");
        writer.WriteNullableString(null);
        writer.WriteArrayLength(0);
        writer.WriteUuid(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"));

        Assert.Equal(
            [0x03, (byte)'a', (byte)'b', 0x00, 0x01, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF],
            writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Tagged_fields_are_skipped_and_truncation_is_a_protocol_error()
    {
        byte[] tagged = [0x02, 0x00, 0x02, 0xAA, 0xBB, 0x05, 0x00, 0x7F];
        var reader = new KafkaReader(tagged, flexible: true);
        reader.SkipTaggedFields();
        Assert.Equal(0x7F, reader.ReadInt8());

        Assert.Throws<KafkaProtocolException>(() =>
        {
            var truncated = new KafkaReader(new byte[] { 0x00, 0x05, (byte)'a' }, flexible: false);
            truncated.ReadString();
        });
        Assert.Throws<KafkaProtocolException>(() =>
        {
            var huge = new KafkaReader(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF }, flexible: false);
            huge.ReadArrayLength();
        });
    }

    [Fact]
    public void A_record_batch_has_the_v2_layout_and_decodes_back()
    {
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        SampleRecord[] records =
        [
            new() { Offset = 100, Timestamp = t0, Key = [1], Value = [0, 0, 0, 0, 9, 42], Headers = [new() { Key = "h", Value = [7] }, new() { Key = "n", Value = null }] },
            new() { Offset = 103, Timestamp = t0.AddMilliseconds(-5), Key = null, Value = null },
            new() { Offset = 250, Timestamp = t0.AddSeconds(3), Key = [2, 2], Value = Encoding.UTF8.GetBytes("v") },
        ];
        using var writer = new KafkaWriter();
        var (count, size) = RecordBatchEncoder.Fit(records, int.MaxValue);
        var written = RecordBatchEncoder.Write(writer, records, partitionLeaderEpoch: 0);
        var batch = writer.WrittenSpan;

        Assert.Equal((3, size), (count, written));
        Assert.Equal(size, batch.Length);
        Assert.Equal(100L, System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(batch));
        Assert.Equal(size - 12, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(batch[8..]));
        Assert.Equal(2, batch[16]); // magic
        Assert.Equal(Crc32C.Compute(batch[21..]), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(batch[17..]));
        Assert.Equal(150, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(batch[23..])); // lastOffsetDelta
        Assert.Equal(t0.ToUnixTimeMilliseconds(), System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(batch[27..]));
        Assert.Equal(t0.AddSeconds(3).ToUnixTimeMilliseconds(), System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(batch[35..]));
        Assert.Equal(-1L, System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(batch[43..])); // producer id

        var decoded = Assert.Single(RecordBatchDecoder.Read(batch)).Records!;
        Assert.Equal(3, decoded.Count);
        Assert.Equal(records[0].Value, decoded[0].Value);
        Assert.Equal(["h", "n"], decoded[0].Headers.Select(h => h.Key));
        Assert.Null(decoded[0].Headers[1].Value);
        Assert.Null(decoded[1].Key);
        Assert.Equal(records[1].Timestamp, decoded[1].Timestamp);
        Assert.Equal(records[2].Key, decoded[2].Key);
    }

    [Fact]
    public void A_corrupted_batch_is_rejected_by_its_crc()
    {
        using var writer = new KafkaWriter();
        RecordBatchEncoder.Write(writer, [new SampleRecord { Offset = 0, Timestamp = DateTimeOffset.UnixEpoch, Value = [1, 2, 3] }], 0);
        var bytes = writer.WrittenSpan.ToArray();
        bytes[^1] ^= 0xFF;

        Assert.Throws<KafkaProtocolException>(() => RecordBatchDecoder.Read(bytes));
    }

    [Fact]
    public void Fit_respects_the_byte_limit_but_always_takes_one_record()
    {
        var records = Enumerable.Range(0, 10)
            .Select(i => new SampleRecord { Offset = i, Timestamp = DateTimeOffset.UnixEpoch, Value = new byte[100] })
            .ToArray();

        var (one, oneSize) = RecordBatchEncoder.Fit(records, 1);
        var (some, someSize) = RecordBatchEncoder.Fit(records, 400);

        Assert.Equal(1, one);
        Assert.True(oneSize > 1);
        Assert.InRange(some, 2, 3);
        Assert.True(someSize <= 400);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("hello", 99162322)]
    [InlineData("order-service", 562889526)]
    public void Java_string_hash_codes_match(string value, int expected) =>
        Assert.Equal(expected, ClusterIndex.JavaHashCode(value));
}
