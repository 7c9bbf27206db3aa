using System.Text;
using System.Text.Json;
using Governance.Simulator.Generation.Encoders;

namespace Governance.Simulator.Generation.Schemas;

/// <summary>Writes a record spec as an AVRO schema (compact JSON, as the registry stores it).</summary>
internal static class AvroSchemaWriter
{
    /// <param name="references">Receives the shared types the schema refers to by name (each once).</param>
    public static string Write(RecordSpec root, int version, List<RecordSpec> references)
    {
        return JsonBuffers.Write(writer => WriteRecord(writer, root, version, [], references, isRoot: true), Encoding.UTF8.GetString);
    }

    private static void WriteRecord(Utf8JsonWriter w, RecordSpec record, int version, HashSet<string> defined, List<RecordSpec> references, bool isRoot)
    {
        if (!isRoot && record.SharedSubject is not null)
        {
            if (!references.Contains(record)) references.Add(record);
            w.WriteStringValue(record.FullName);
            return;
        }

        if (!defined.Add(record.FullName))
        {
            w.WriteStringValue(record.FullName);
            return;
        }

        w.WriteStartObject();
        w.WriteString("type", "record");
        w.WriteString("name", record.Name);
        w.WriteString("namespace", record.Namespace);
        if (record.Doc is not null) w.WriteString("doc", record.Doc);
        w.WriteStartArray("fields");
        // Nested records do not evolve; only the root's fields depend on the version.
        foreach (var field in isRoot ? record.FieldsAt(version) : record.FieldsAt(1))
        {
            w.WriteStartObject();
            w.WriteString("name", field.Name);
            w.WritePropertyName("type");
            if (field.Optional)
            {
                w.WriteStartArray();
                w.WriteStringValue("null");
                WriteType(w, field, record.Namespace, version, defined, references);
                w.WriteEndArray();
            }
            else
            {
                WriteType(w, field, record.Namespace, version, defined, references);
            }

            if (field.Doc is not null) w.WriteString("doc", field.Doc);
            if (field.Optional) w.WriteNull("default");
            if (field.Pii)
            {
                // Confluent's inline data-contract tags on AVRO fields.
                w.WriteStartArray("confluent:tags");
                w.WriteStringValue("PII");
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter w, FieldSpec field, string ns, int version, HashSet<string> defined, List<RecordSpec> references)
    {
        switch (field.Type)
        {
            case FieldType.String: w.WriteStringValue("string"); break;
            case FieldType.Int: w.WriteStringValue("int"); break;
            case FieldType.Long: w.WriteStringValue("long"); break;
            case FieldType.Double: w.WriteStringValue("double"); break;
            case FieldType.Boolean: w.WriteStringValue("boolean"); break;
            case FieldType.Timestamp:
                w.WriteStartObject();
                w.WriteString("type", "long");
                w.WriteString("logicalType", "timestamp-millis");
                w.WriteEndObject();
                break;
            case FieldType.Date:
                w.WriteStartObject();
                w.WriteString("type", "int");
                w.WriteString("logicalType", "date");
                w.WriteEndObject();
                break;
            case FieldType.Enum:
                var enumName = $"{ns}.{field.EnumName}";
                if (!defined.Add(enumName))
                {
                    w.WriteStringValue(enumName);
                    break;
                }

                w.WriteStartObject();
                w.WriteString("type", "enum");
                w.WriteString("name", field.EnumName);
                w.WriteStartArray("symbols");
                foreach (var symbol in field.Symbols!) w.WriteStringValue(symbol);
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case FieldType.Record:
                WriteRecord(w, field.Record!, version, defined, references, isRoot: false);
                break;
            case FieldType.Array:
                w.WriteStartObject();
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteType(w, field.Items!, ns, version, defined, references);
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }
}
