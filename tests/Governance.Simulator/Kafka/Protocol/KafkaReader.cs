using System.Buffers.Binary;
using System.Text;

namespace Governance.Simulator.Kafka.Protocol;

/// <summary>
/// Reads Kafka protocol primitives from a request body. <see cref="Flexible"/> selects the compact
/// encodings (unsigned-varint lengths, +1 so that 0 means null) that flexible versions (KIP-482) use
/// for strings, bytes and arrays. Every read is bounds-checked and fails with
/// <see cref="KafkaProtocolException"/>, so a malformed frame never allocates what it claims.
/// </summary>
internal ref struct KafkaReader(ReadOnlySpan<byte> buffer, bool flexible)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public bool Flexible { get; } = flexible;

    public readonly int Position => _position;

    public readonly int Remaining => _buffer.Length - _position;

    public sbyte ReadInt8() => (sbyte)Take(1)[0];

    public bool ReadBool() => Take(1)[0] != 0;

    public short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public Guid ReadUuid() => KafkaUuid.Read(Take(16));

    public uint ReadUnsignedVarint()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new KafkaProtocolException("Unsigned varint is longer than 5 bytes.");
    }

    public int ReadVarint()
    {
        var raw = ReadUnsignedVarint();
        return (int)(raw >> 1) ^ -(int)(raw & 1);
    }

    public long ReadVarlong()
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Take(1)[0];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return (long)(value >> 1) ^ -(long)(value & 1);
            }
        }

        throw new KafkaProtocolException("Varlong is longer than 10 bytes.");
    }

    /// <summary>A non-nullable string; a null on the wire is a protocol error.</summary>
    public string ReadString() =>
        ReadNullableString() ?? throw new KafkaProtocolException("Null where a non-nullable string was expected.");

    public string? ReadNullableString()
    {
        int length;
        if (Flexible)
        {
            length = ReadCompactLength();
        }
        else
        {
            length = ReadInt16();
            if (length < -1)
            {
                throw new KafkaProtocolException($"Invalid string length {length}.");
            }
        }

        return length < 0 ? null : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>Nullable bytes (int32 length, or compact in flexible versions); returns a copy.</summary>
    public byte[]? ReadNullableBytes()
    {
        int length;
        if (Flexible)
        {
            length = ReadCompactLength();
        }
        else
        {
            length = ReadInt32();
            if (length < -1)
            {
                throw new KafkaProtocolException($"Invalid bytes length {length}.");
            }
        }

        return length < 0 ? null : Take(length).ToArray();
    }

    /// <summary>
    /// An array's element count, or -1 for a null array. The count is checked against the bytes left
    /// (every element of the arrays we read takes at least one byte) so a forged count cannot make us
    /// pre-allocate gigabytes.
    /// </summary>
    public int ReadArrayLength()
    {
        int count;
        if (Flexible)
        {
            count = ReadCompactLength();
        }
        else
        {
            count = ReadInt32();
            if (count < -1)
            {
                throw new KafkaProtocolException($"Invalid array length {count}.");
            }
        }

        if (count > Remaining)
        {
            throw new KafkaProtocolException($"Array length {count} exceeds the {Remaining} bytes left in the request.");
        }

        return count;
    }

    /// <summary>A non-nullable array of int32 (partition indexes, broker ids).</summary>
    public List<int> ReadInt32Array()
    {
        var count = ReadArrayLength();
        var values = new List<int>(Math.Max(count, 0));
        for (var i = 0; i < count; i++)
        {
            values.Add(ReadInt32());
        }

        return values;
    }

    /// <summary>A nullable array of strings; null stays null.</summary>
    public List<string>? ReadNullableStringArray()
    {
        var count = ReadArrayLength();
        if (count < 0)
        {
            return null;
        }

        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(ReadString());
        }

        return values;
    }

    public List<string> ReadStringArray() =>
        ReadNullableStringArray() ?? throw new KafkaProtocolException("Null where a non-nullable array was expected.");

    /// <summary>
    /// Skips a tagged-field section. No-op in non-flexible versions, so handlers can call it at the end
    /// of every structure without checking the version themselves. We know no tagged request field we
    /// need; unknown tags must be ignored by design (that is what makes them safe to add).
    /// </summary>
    public void SkipTaggedFields()
    {
        if (!Flexible)
        {
            return;
        }

        var count = ReadUnsignedVarint();
        for (var i = 0u; i < count; i++)
        {
            ReadUnsignedVarint(); // tag
            var size = ReadUnsignedVarint();
            if (size > (uint)Remaining)
            {
                throw new KafkaProtocolException($"Tagged field of {size} bytes exceeds the request.");
            }

            Take((int)size);
        }
    }

    public void Skip(int count) => Take(count);

    /// <summary>The next <paramref name="count"/> bytes, without a length prefix (a view, not a copy).</summary>
    public ReadOnlySpan<byte> ReadRaw(int count) => Take(count);

    /// <summary>Compact lengths are stored +1 so that 0 can mean null; returns -1 for null.</summary>
    private int ReadCompactLength()
    {
        var raw = ReadUnsignedVarint();
        if (raw > int.MaxValue)
        {
            throw new KafkaProtocolException($"Compact length {raw} is out of range.");
        }

        return (int)raw - 1;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _buffer.Length - _position)
        {
            throw new KafkaProtocolException($"Request truncated: needed {count} bytes at offset {_position}, {Remaining} left.");
        }

        var slice = _buffer.Slice(_position, count);
        _position += count;
        return slice;
    }
}
