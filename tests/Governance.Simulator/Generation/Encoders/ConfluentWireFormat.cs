using System.Buffers.Binary;

namespace Governance.Simulator.Generation.Encoders;

/// <summary>
/// The Confluent serializers' framing: byte 0 is the magic byte 0, bytes 1-4 the schema id (big-endian),
/// then the payload. Protobuf payloads start with the message-index list (a single 0 byte for the first
/// message of the file). AVRO payloads here are real AVRO binary encodings, JSON Schema payloads UTF-8 JSON.
/// </summary>
public static class ConfluentWireFormat
{
    public const byte MagicByte = 0;
    public const int HeaderLength = 5;

    /// <summary>The message-index list <c>[0]</c> (first message of the .proto file), as Confluent encodes it.</summary>
    public static ReadOnlySpan<byte> FirstProtobufMessage => [0];

    public static byte[] Frame(int schemaId, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> prefix = default)
    {
        var framed = new byte[HeaderLength + prefix.Length + payload.Length];
        framed[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(framed.AsSpan(1, 4), schemaId);
        prefix.CopyTo(framed.AsSpan(HeaderLength));
        payload.CopyTo(framed.AsSpan(HeaderLength + prefix.Length));
        return framed;
    }

    /// <summary>Reads the schema id of a framed value; false when the value is not in the wire format.</summary>
    public static bool TryReadSchemaId(ReadOnlySpan<byte> value, out int schemaId)
    {
        schemaId = 0;
        if (value.Length < HeaderLength || value[0] != MagicByte) return false;
        schemaId = BinaryPrimitives.ReadInt32BigEndian(value.Slice(1, 4));
        return true;
    }
}
