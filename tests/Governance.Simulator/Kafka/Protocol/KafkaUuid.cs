namespace Governance.Simulator.Kafka.Protocol;

/// <summary>
/// Kafka's UUID is two big-endian int64s (most significant first). Writing a <see cref="Guid"/> in
/// big-endian byte order keeps its familiar text form equal to the hex of the Kafka id, so a
/// scenario's topic id reads the same in both worlds.
/// </summary>
internal static class KafkaUuid
{
    public static void Write(Span<byte> destination, Guid value)
    {
        if (!value.TryWriteBytes(destination, bigEndian: true, out _))
        {
            throw new ArgumentException("A UUID needs 16 bytes.", nameof(destination));
        }
    }

    public static Guid Read(ReadOnlySpan<byte> source) => new(source[..16], bigEndian: true);
}
