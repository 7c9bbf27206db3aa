using System.Buffers.Binary;
using Governance.Simulator.Generation.Schemas;

namespace Governance.Simulator.Generation.Encoders;

/// <summary>
/// AVRO binary encoding (the spec's "Binary Encoding") of a generated value for a record spec. No AVRO
/// library is available here, and the generated schemas use only a handful of constructs, so the
/// encoder follows the record spec directly instead of parsing the schema text.
/// </summary>
internal static class AvroBinaryEncoder
{
    public static byte[] Encode(RecordSpec record, int version, IReadOnlyDictionary<string, object?> value)
    {
        var output = new ByteWriter();
        WriteRecord(output, record, version, value, isRoot: true);
        return output.ToArray();
    }

    /// <summary>A primitive <c>"string"</c> schema (used for record keys).</summary>
    public static byte[] EncodeString(string value)
    {
        var output = new ByteWriter();
        WriteString(output, value);
        return output.ToArray();
    }

    private static void WriteRecord(ByteWriter output, RecordSpec record, int version, IReadOnlyDictionary<string, object?> value, bool isRoot)
    {
        foreach (var field in record.FieldsAt(isRoot ? version : 1))
        {
            value.TryGetValue(field.Name, out var fieldValue);
            if (field.Optional)
            {
                // Union ["null", T]: branch index first.
                if (fieldValue is null)
                {
                    output.WriteVarLong(0);
                    continue;
                }

                output.WriteVarLong(1);
            }

            WriteValue(output, field, fieldValue ?? throw new InvalidOperationException($"{record.Name}.{field.Name} has no value."));
        }
    }

    private static void WriteValue(ByteWriter output, FieldSpec field, object value)
    {
        switch (field.Type)
        {
            case FieldType.String: WriteString(output, (string)value); break;
            case FieldType.Int: output.WriteVarLong(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case FieldType.Long: output.WriteVarLong(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case FieldType.Double:
                Span<byte> d = stackalloc byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(d, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                output.Write(d);
                break;
            case FieldType.Boolean: output.WriteByte((bool)value ? (byte)1 : (byte)0); break;
            case FieldType.Timestamp: output.WriteVarLong(((DateTimeOffset)value).ToUnixTimeMilliseconds()); break;
            case FieldType.Date: output.WriteVarLong(((DateOnly)value).DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber); break;
            case FieldType.Enum:
                var index = IndexOf(field.Symbols!, (string)value);
                if (index < 0) throw new InvalidOperationException($"'{value}' is not a symbol of {field.EnumName}.");
                output.WriteVarLong(index);
                break;
            case FieldType.Record: WriteRecord(output, field.Record!, 1, (IReadOnlyDictionary<string, object?>)value, isRoot: false); break;
            case FieldType.Array:
                var items = (IReadOnlyList<object?>)value;
                if (items.Count > 0)
                {
                    output.WriteVarLong(items.Count);
                    foreach (var item in items) WriteValue(output, field.Items!, item!);
                }

                output.WriteVarLong(0);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }

    private static void WriteString(ByteWriter output, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        output.WriteVarLong(bytes.Length);
        output.Write(bytes);
    }

    private static int IndexOf(IReadOnlyList<string> symbols, string symbol)
    {
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] == symbol) return i;
        }

        return -1;
    }
}
