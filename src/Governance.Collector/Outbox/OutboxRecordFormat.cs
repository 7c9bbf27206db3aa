using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Governance.Collector.Outbox;

/// <summary>
/// Encodes and decodes one outbox record: a single line of JSON followed by <c>\n</c>,
/// <code>{"seq":17,"enqueuedAt":"2025-06-01T10:00:00.123Z","checksum":"0123456789abcdef","event":{...}}</code>
/// </summary>
/// <remarks>
/// JSON lines keep the outbox readable with ordinary tools (<c>jq .event segment-*.jsonl</c>) and
/// let a reader resynchronise at the next newline after a damaged record. The checksum (first 8
/// bytes of SHA-256, hex, over <c>seq "\n" enqueuedAt-unix-ms "\n" event-bytes</c>) detects a torn
/// or damaged record even when what is left still happens to be valid JSON.
/// </remarks>
internal static class OutboxRecordFormat
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>Appends one record (with its trailing newline) to <paramref name="output"/>.</summary>
    /// <returns>The stored enqueue time (truncated to milliseconds, as the record keeps it).</returns>
    public static DateTimeOffset Write(IBufferWriter<byte> output, long sequence, DateTimeOffset enqueuedAt, ReadOnlySpan<byte> payload)
    {
        var milliseconds = enqueuedAt.ToUnixTimeMilliseconds();
        var stored = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", sequence);
            writer.WriteString("enqueuedAt", stored.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("checksum", Checksum(sequence, milliseconds, payload));
            writer.WritePropertyName("event");
            // The payload comes from OpenLineageJson.SerializeToUtf8Bytes: compact, valid, no raw newline.
            writer.WriteRawValue(payload, skipInputValidation: true);
            writer.WriteEndObject();
        }

        output.Write("\n"u8);
        return stored;
    }

    /// <summary>Decodes one line (without its newline). Returns <c>false</c> for anything but an intact record.</summary>
    public static bool TryRead(ReadOnlySpan<byte> line, out DecodedRecord record)
    {
        record = default;
        long? sequence = null;
        DateTimeOffset? enqueuedAt = null;
        string? checksum = null;
        int payloadStart = -1, payloadLength = 0;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 512 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("seq"u8))
                {
                    reader.Read();
                    sequence = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var s) ? s : null;
                }
                else if (reader.ValueTextEquals("enqueuedAt"u8))
                {
                    reader.Read();
                    enqueuedAt = reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var at) ? at : null;
                }
                else if (reader.ValueTextEquals("checksum"u8))
                {
                    reader.Read();
                    checksum = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("event"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        return false;
                    }

                    payloadStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    payloadLength = (int)reader.BytesConsumed - payloadStart;
                }
                else
                {
                    // Unknown property: written by a newer version; keep reading.
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (sequence is not { } seq || enqueuedAt is not { } time || checksum is null || payloadStart < 0)
        {
            return false;
        }

        var payload = line.Slice(payloadStart, payloadLength);
        if (!checksum.Equals(Checksum(seq, time.ToUnixTimeMilliseconds(), payload), StringComparison.Ordinal))
        {
            return false;
        }

        record = new DecodedRecord(seq, time, payloadStart, payloadLength);
        return true;
    }

    private static string Checksum(long sequence, long enqueuedAtMilliseconds, ReadOnlySpan<byte> payload)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sequence}\n{enqueuedAtMilliseconds}\n")));
        hash.AppendData(payload);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}

/// <summary>An intact record: its sequence, enqueue time and where the event JSON lies in the line.</summary>
internal readonly record struct DecodedRecord(long Sequence, DateTimeOffset EnqueuedAt, int PayloadStart, int PayloadLength);
