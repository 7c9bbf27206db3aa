using System.Buffers.Binary;

namespace Governance.Collector.Kafka;

/// <summary>
/// The Confluent Schema Registry wire format: magic byte <c>0</c>, then the schema id as a 4-byte
/// big-endian integer, then the serialized payload.
/// </summary>
public static class ConfluentWireFormat
{
    /// <summary>The magic byte of the format.</summary>
    public const byte MagicByte = 0;

    /// <summary>Bytes before the payload (magic byte and schema id).</summary>
    public const int PrefixLength = 5;

    /// <summary>
    /// The schema id of a key or value in the wire format; null when the data is null, shorter than
    /// the prefix, does not start with the magic byte, or carries a non-positive id (registry ids start at 1).
    /// </summary>
    public static int? TryGetSchemaId(ReadOnlySpan<byte> data)
    {
        if (data.Length < PrefixLength || data[0] != MagicByte)
        {
            return null;
        }

        var id = BinaryPrimitives.ReadInt32BigEndian(data.Slice(1, 4));
        return id > 0 ? id : null;
    }

    /// <inheritdoc cref="TryGetSchemaId(ReadOnlySpan{byte})"/>
    public static int? TryGetSchemaId(byte[]? data) => data is null ? null : TryGetSchemaId(data.AsSpan());

    /// <summary>Writes the prefix for a schema id followed by a payload (tests and tools).</summary>
    public static byte[] Encode(int schemaId, ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[PrefixLength + payload.Length];
        bytes[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1, 4), schemaId);
        payload.CopyTo(bytes.AsSpan(PrefixLength));
        return bytes;
    }
}
