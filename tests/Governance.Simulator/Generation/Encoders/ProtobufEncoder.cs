using System.Buffers.Binary;
using Governance.Simulator.Generation.Schemas;

namespace Governance.Simulator.Generation.Encoders;

/// <summary>Protobuf binary encoding of a generated value, matching <see cref="ProtobufSchemaWriter"/>'s field numbers.</summary>
internal static class ProtobufEncoder
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;

    public static byte[] Encode(RecordSpec record, int version, IReadOnlyDictionary<string, object?> value)
    {
        var output = new ByteWriter();
        WriteMessage(output, record, version, value, isRoot: true);
        return output.ToArray();
    }

    private static void WriteMessage(ByteWriter output, RecordSpec record, int version, IReadOnlyDictionary<string, object?> value, bool isRoot)
    {
        foreach (var field in record.FieldsAt(isRoot ? version : 1))
        {
            if (!value.TryGetValue(field.Name, out var fieldValue) || fieldValue is null) continue;
            var number = ProtobufSchemaWriter.FieldNumber(record, field);
            if (field.Type == FieldType.Array)
            {
                foreach (var item in (IReadOnlyList<object?>)fieldValue)
                {
                    WriteField(output, number, field.Items!, item!);
                }
            }
            else
            {
                WriteField(output, number, field, fieldValue);
            }
        }
    }

    private static void WriteField(ByteWriter output, int number, FieldSpec field, object value)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        switch (field.Type)
        {
            case FieldType.String:
                WriteBytes(output, number, System.Text.Encoding.UTF8.GetBytes((string)value));
                break;
            case FieldType.Date:
                WriteBytes(output, number, System.Text.Encoding.UTF8.GetBytes(((DateOnly)value).ToString("yyyy-MM-dd", invariant)));
                break;
            case FieldType.Int:
                WriteTag(output, number, Varint);
                output.WriteVarUInt((ulong)(long)Convert.ToInt32(value, invariant));
                break;
            case FieldType.Long:
                WriteTag(output, number, Varint);
                output.WriteVarUInt((ulong)Convert.ToInt64(value, invariant));
                break;
            case FieldType.Boolean:
                WriteTag(output, number, Varint);
                output.WriteVarUInt((bool)value ? 1UL : 0UL);
                break;
            case FieldType.Double:
                WriteTag(output, number, Fixed64);
                Span<byte> d = stackalloc byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(d, Convert.ToDouble(value, invariant));
                output.Write(d);
                break;
            case FieldType.Enum:
                // Value 0 is the <ENUM>_UNSPECIFIED default; symbols follow from 1.
                WriteTag(output, number, Varint);
                output.WriteVarUInt((ulong)(IndexOf(field.Symbols!, (string)value) + 1));
                break;
            case FieldType.Timestamp:
                var instant = (DateTimeOffset)value;
                var timestamp = new ByteWriter();
                WriteTag(timestamp, 1, Varint);
                timestamp.WriteVarUInt((ulong)instant.ToUnixTimeSeconds());
                var nanos = (int)(instant.ToUnixTimeMilliseconds() % 1000) * 1_000_000;
                if (nanos != 0)
                {
                    WriteTag(timestamp, 2, Varint);
                    timestamp.WriteVarUInt((ulong)nanos);
                }

                WriteBytes(output, number, timestamp.ToArray());
                break;
            case FieldType.Record:
                var nested = new ByteWriter();
                WriteMessage(nested, field.Record!, 1, (IReadOnlyDictionary<string, object?>)value, isRoot: false);
                WriteBytes(output, number, nested.ToArray());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }

    private static void WriteTag(ByteWriter output, int number, int wireType) => output.WriteVarUInt((ulong)((number << 3) | wireType));

    private static void WriteBytes(ByteWriter output, int number, ReadOnlySpan<byte> bytes)
    {
        WriteTag(output, number, LengthDelimited);
        output.WriteVarUInt((ulong)bytes.Length);
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
