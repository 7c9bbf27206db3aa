using System.Buffers;
using System.Text.Json;

namespace Governance.Simulator.Generation.Encoders;

/// <summary>
/// One reusable buffer and JSON writer per thread: generating a large scenario writes tens of thousands
/// of schemas and JSON payloads, and fresh buffers for each were most of the generator's garbage.
/// </summary>
internal static class JsonBuffers
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Runs <paramref name="write"/> on an empty writer and returns what it wrote, via <paramref name="result"/>.</summary>
    public static T Write<T>(Action<Utf8JsonWriter> write, Func<ReadOnlySpan<byte>, T> result)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        return result(buffer.WrittenSpan);
    }
}
