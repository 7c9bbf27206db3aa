using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Governance.Collector.Outbox;

/// <summary>
/// The dead-letter file <c>rejected.jsonl</c>: events the receiver refused for good, one JSON line
/// each with the reasons, kept for investigation (a rejected event is a bug in the collector or a
/// mismatch with the portal's schema). Nothing reads it back; an operator may inspect, fix and
/// replay it, then delete it. It counts towards <see cref="OutboxOptions.MaxBytes"/>, so a flood of
/// rejections cannot fill the disk unnoticed.
/// </summary>
internal sealed class DeadLetterFile(string path)
{
    public const string FileName = "rejected.jsonl";

    public string Path { get; } = path;

    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>Appends the events durably; returns the number of bytes written.</summary>
    public long Append(IReadOnlyList<RejectedEvent> rejected, DateTimeOffset now)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var item in rejected)
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("rejectedAt", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                writer.WriteNumber("seq", item.Entry.Sequence);
                writer.WriteString("enqueuedAt", item.Entry.EnqueuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                writer.WriteString("reason", item.Reason);
                writer.WriteStartArray("errors");
                foreach (var error in item.Errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", error.Path);
                    writer.WriteString("message", error.Message);
                    if (error.Schema is not null)
                    {
                        writer.WriteString("schema", error.Schema);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WritePropertyName("event");
                writer.WriteRawValue(item.Entry.Payload.Span, skipInputValidation: true);
                writer.WriteEndObject();
            }

            buffer.Write("\n"u8);
        }

        var created = !File.Exists(Path);
        using (var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            file.Write(buffer.WrittenSpan);
            file.Flush(flushToDisk: true);
        }

        if (created)
        {
            DurableFile.FlushDirectory(System.IO.Path.GetDirectoryName(Path)!);
        }

        return buffer.WrittenCount;
    }
}
