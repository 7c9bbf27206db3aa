using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Governance.Simulator.Kafka.Protocol;

/// <summary>
/// Writes Kafka protocol primitives into a growable pooled buffer. One writer per connection is
/// reused for every response, so steady-state encoding allocates nothing but the strings' UTF-8 bytes
/// (written straight into the buffer). <see cref="Flexible"/> selects the compact encodings of
/// flexible versions, so handlers write <c>WriteString(x)</c> once for every version.
/// </summary>
internal sealed class KafkaWriter : IDisposable
{
    private const int InitialSize = 4096;

    /// <summary>Buffers grown beyond this are given back after use instead of being kept per connection.</summary>
    private const int RetainLimit = 1 << 20;

    private byte[] _buffer;
    private int _position;

    public KafkaWriter(int initialSize = InitialSize) => _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public bool Flexible { get; set; }

    public int Position => _position;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    /// <summary>Empties the writer; shrinks it when a large response made it grow.</summary>
    public void Reset()
    {
        _position = 0;
        if (_buffer.Length > RetainLimit)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }
    }

    /// <summary>Rewinds to an earlier position (used to discard a partially written response and retry).</summary>
    public void Truncate(int position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _position);
        _position = position;
    }

    public void WriteInt8(sbyte value) => GetSpan(1)[0] = (byte)value;

    public void WriteBool(bool value) => GetSpan(1)[0] = value ? (byte)1 : (byte)0;

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16BigEndian(GetSpan(2), value);

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32BigEndian(GetSpan(4), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64BigEndian(GetSpan(8), value);

    public void WriteUuid(Guid value) => KafkaUuid.Write(GetSpan(16), value);

    public void WriteUnsignedVarint(uint value)
    {
        var span = GetSpan(Varint.SizeOfUnsigned(value), advance: false);
        _position += Varint.WriteUnsigned(span, value);
    }

    public void WriteVarint(int value) => WriteUnsignedVarint(Varint.ZigZag(value));

    public void WriteVarlong(long value)
    {
        var zigzag = Varint.ZigZag(value);
        var span = GetSpan(Varint.SizeOfUnsigned(zigzag), advance: false);
        _position += Varint.WriteUnsigned(span, zigzag);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        if (Flexible)
        {
            WriteUnsignedVarint((uint)length + 1);
        }
        else
        {
            if (length > short.MaxValue)
            {
                throw new InvalidOperationException($"String of {length} bytes does not fit an INT16 length.");
            }

            WriteInt16((short)length);
        }

        Encoding.UTF8.GetBytes(value, GetSpan(length));
    }

    public void WriteNullableString(string? value)
    {
        if (value is null)
        {
            if (Flexible)
            {
                WriteUnsignedVarint(0);
            }
            else
            {
                WriteInt16(-1);
            }

            return;
        }

        WriteString(value);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteBytesLength(value.Length);
        value.CopyTo(GetSpan(value.Length));
    }

    public void WriteNullableBytes(byte[]? value)
    {
        if (value is null)
        {
            WriteBytesLength(-1);
            return;
        }

        WriteBytes(value);
    }

    /// <summary>The length prefix of BYTES / RECORDS (int32, or compact unsigned varint +1); -1 is null.</summary>
    public void WriteBytesLength(int length)
    {
        if (Flexible)
        {
            WriteUnsignedVarint((uint)(length + 1));
        }
        else
        {
            WriteInt32(length);
        }
    }

    /// <summary>An array's element count; -1 writes a null array.</summary>
    public void WriteArrayLength(int count)
    {
        if (Flexible)
        {
            WriteUnsignedVarint((uint)(count + 1));
        }
        else
        {
            WriteInt32(count);
        }
    }

    public void WriteInt32Array(IReadOnlyList<int> values)
    {
        WriteArrayLength(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            WriteInt32(values[i]);
        }
    }

    /// <summary>An empty tagged-field section; a no-op in non-flexible versions.</summary>
    public void WriteEmptyTaggedFields()
    {
        if (Flexible)
        {
            GetSpan(1)[0] = 0;
        }
    }

    /// <summary>Writes raw bytes with no length prefix.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(GetSpan(bytes.Length));

    /// <summary>Reserves four bytes to be filled in later with <see cref="PatchInt32"/>; returns their position.</summary>
    public int ReserveInt32()
    {
        var at = _position;
        GetSpan(4);
        return at;
    }

    public void PatchInt32(int position, int value) =>
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(position, 4), value);

    /// <summary>A writable span of the written bytes from <paramref name="start"/> (e.g. to compute a CRC).</summary>
    public Span<byte> WrittenSlice(int start, int length) => _buffer.AsSpan(start, length);

    /// <summary>Returns a span of <paramref name="size"/> bytes at the end of the buffer and (by default) claims it.</summary>
    public Span<byte> GetSpan(int size, bool advance = true)
    {
        if (_buffer.Length - _position < size)
        {
            Grow(size);
        }

        var span = _buffer.AsSpan(_position, size);
        if (advance)
        {
            _position += size;
        }

        return span;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int size)
    {
        var needed = (long)_position + size;
        var newSize = Math.Max(needed, (long)_buffer.Length * 2);
        if (newSize > Array.MaxLength)
        {
            throw new InvalidOperationException($"Response of {needed} bytes is too large.");
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)newSize);
        _buffer.AsSpan(0, _position).CopyTo(bigger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }
}
