using System.Globalization;
using System.Text.Json;
using Governance.Simulator.Generation.Schemas;

namespace Governance.Simulator.Generation.Encoders;

/// <summary>UTF-8 JSON of a generated value, as Confluent's JSON Schema serializer writes it (after the 5-byte header).</summary>
internal static class JsonValueEncoder
{
    public static byte[] Encode(RecordSpec record, int version, IReadOnlyDictionary<string, object?> value)
    {
        return JsonBuffers.Write(writer => WriteObject(writer, record, version, value, isRoot: true), span => span.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter w, RecordSpec record, int version, IReadOnlyDictionary<string, object?> value, bool isRoot)
    {
        w.WriteStartObject();
        foreach (var field in record.FieldsAt(isRoot ? version : 1))
        {
            if (!value.TryGetValue(field.Name, out var fieldValue) || fieldValue is null) continue;
            w.WritePropertyName(field.Name);
            WriteValue(w, field, fieldValue);
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, FieldSpec field, object value)
    {
        switch (field.Type)
        {
            case FieldType.String or FieldType.Enum: w.WriteStringValue((string)value); break;
            case FieldType.Int or FieldType.Long: w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case FieldType.Double: w.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case FieldType.Boolean: w.WriteBooleanValue((bool)value); break;
            case FieldType.Timestamp: w.WriteStringValue(((DateTimeOffset)value).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)); break;
            case FieldType.Date: w.WriteStringValue(((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case FieldType.Record: WriteObject(w, field.Record!, 1, (IReadOnlyDictionary<string, object?>)value, isRoot: false); break;
            case FieldType.Array:
                w.WriteStartArray();
                foreach (var item in (IReadOnlyList<object?>)value) WriteValue(w, field.Items!, item!);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }
}
