namespace Governance.Simulator.Kafka.Protocol;

/// <summary>
/// Variable-length integers as Kafka uses them: unsigned LEB128 (7 bits a byte, low bits first) for
/// compact lengths and tags, and zig-zag signed varints/varlongs inside record batches.
/// Sizes are computed arithmetically so record batches can be measured before they are written.
/// </summary>
internal static class Varint
{
    public static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    public static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    public static int SizeOfUnsigned(ulong value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    public static int SizeOfSigned(int value) => SizeOfUnsigned(ZigZag(value));

    public static int SizeOfSigned(long value) => SizeOfUnsigned(ZigZag(value));

    /// <summary>Writes <paramref name="value"/> as an unsigned varint; returns the bytes written.</summary>
    public static int WriteUnsigned(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }
}
