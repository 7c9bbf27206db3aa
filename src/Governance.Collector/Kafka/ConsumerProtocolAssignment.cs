using System.Buffers.Binary;
using System.Text;
using Governance.Model.Platform;

namespace Governance.Collector.Kafka;

/// <summary>
/// Decodes a consumer group member's assignment as the classic DescribeGroups returns it (opaque bytes
/// in the <c>consumer</c> embedded protocol): <c>Version int16, [Topic string, [Partition int32]], UserData bytes</c>.
/// Versions 0–3 share this layout; later versions only append fields, which are ignored.
/// </summary>
public static class ConsumerProtocolAssignment
{
    /// <summary>The partitions of an assignment; false when the bytes are not a consumer-protocol assignment.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> data, out IReadOnlyList<TopicPartitionRef> partitions)
    {
        partitions = [];
        if (data.Length == 0)
        {
            return true;
        }

        var result = new List<TopicPartitionRef>();
        var position = 0;
        if (!TryInt16(data, ref position, out var version) || version < 0
            || !TryInt32(data, ref position, out var topics) || topics < 0 || topics > data.Length)
        {
            return false;
        }

        for (var t = 0; t < topics; t++)
        {
            if (!TryString(data, ref position, out var topic) || !TryInt32(data, ref position, out var count) || count < 0 || count > (data.Length - position) / 4)
            {
                return false;
            }

            for (var p = 0; p < count; p++)
            {
                TryInt32(data, ref position, out var partition);
                result.Add(new TopicPartitionRef(topic, partition));
            }
        }

        partitions = result.OrderBy(r => r.Topic, StringComparer.Ordinal).ThenBy(r => r.Partition).ToList();
        return true;
    }

    /// <summary>Encodes an assignment (version 0, no user data); for tests and tools.</summary>
    public static byte[] Encode(IEnumerable<TopicPartitionRef> partitions)
    {
        var buffer = new List<byte>();
        void Int16(short v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteInt16BigEndian(b, v); buffer.AddRange(b.ToArray()); }
        void Int32(int v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteInt32BigEndian(b, v); buffer.AddRange(b.ToArray()); }
        var byTopic = partitions.GroupBy(p => p.Topic).ToList();
        Int16(0);
        Int32(byTopic.Count);
        foreach (var topic in byTopic)
        {
            var name = Encoding.UTF8.GetBytes(topic.Key);
            Int16((short)name.Length);
            buffer.AddRange(name);
            Int32(topic.Count());
            foreach (var p in topic)
            {
                Int32(p.Partition);
            }
        }

        Int32(-1); // null user data
        return [.. buffer];
    }

    private static bool TryInt16(ReadOnlySpan<byte> data, ref int position, out short value)
    {
        value = 0;
        if (data.Length - position < 2)
        {
            return false;
        }

        value = BinaryPrimitives.ReadInt16BigEndian(data[position..]);
        position += 2;
        return true;
    }

    private static bool TryInt32(ReadOnlySpan<byte> data, ref int position, out int value)
    {
        value = 0;
        if (data.Length - position < 4)
        {
            return false;
        }

        value = BinaryPrimitives.ReadInt32BigEndian(data[position..]);
        position += 4;
        return true;
    }

    private static bool TryString(ReadOnlySpan<byte> data, ref int position, out string value)
    {
        value = "";
        if (!TryInt16(data, ref position, out var length) || length < 0 || data.Length - position < length)
        {
            return false;
        }

        value = Encoding.UTF8.GetString(data.Slice(position, length));
        position += length;
        return true;
    }
}
