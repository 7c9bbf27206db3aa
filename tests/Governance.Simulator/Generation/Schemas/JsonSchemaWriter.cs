using System.Text;
using System.Text.Json;
using Governance.Simulator.Generation.Encoders;

namespace Governance.Simulator.Generation.Schemas;

/// <summary>Writes a record spec as a JSON Schema (draft-07), the way Confluent's JSON Schema serializer expects.</summary>
internal static class JsonSchemaWriter
{
    public static string Write(RecordSpec root, int version)
    {
        return JsonBuffers.Write(writer => WriteObject(writer, root, root.FieldsAt(version), isRoot: true), Encoding.UTF8.GetString);
    }

    private static void WriteObject(Utf8JsonWriter w, RecordSpec record, IEnumerable<FieldSpec> fields, bool isRoot)
    {
        w.WriteStartObject();
        if (isRoot) w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
        w.WriteString("title", record.Name);
        if (record.Doc is not null) w.WriteString("description", record.Doc);
        w.WriteString("type", "object");
        var list = fields.ToList();
        w.WriteStartObject("properties");
        foreach (var field in list)
        {
            w.WritePropertyName(field.Name);
            WriteField(w, field);
        }

        w.WriteEndObject();
        w.WriteStartArray("required");
        foreach (var field in list.Where(f => !f.Optional)) w.WriteStringValue(field.Name);
        w.WriteEndArray();
        w.WriteBoolean("additionalProperties", false);
        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, FieldSpec field)
    {
        if (field.Type == FieldType.Record)
        {
            WriteObject(w, field.Record!, field.Record!.FieldsAt(1), isRoot: false);
            return;
        }

        w.WriteStartObject();
        switch (field.Type)
        {
            case FieldType.String:
                w.WriteString("type", "string");
                var format = field.Semantic switch
                {
                    Semantic.Email => "email",
                    Semantic.Url => "uri",
                    Semantic.IpAddress => "ipv4",
                    _ => null,
                };
                if (format is not null) w.WriteString("format", format);
                break;
            case FieldType.Int or FieldType.Long: w.WriteString("type", "integer"); break;
            case FieldType.Double: w.WriteString("type", "number"); break;
            case FieldType.Boolean: w.WriteString("type", "boolean"); break;
            case FieldType.Timestamp:
                w.WriteString("type", "string");
                w.WriteString("format", "date-time");
                break;
            case FieldType.Date:
                w.WriteString("type", "string");
                w.WriteString("format", "date");
                break;
            case FieldType.Enum:
                w.WriteString("type", "string");
                w.WriteStartArray("enum");
                foreach (var symbol in field.Symbols!) w.WriteStringValue(symbol);
                w.WriteEndArray();
                break;
            case FieldType.Array:
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteField(w, field.Items!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }

        if (field.Doc is not null) w.WriteString("description", field.Doc);
        if (field.Pii)
        {
            w.WriteStartArray("confluent:tags");
            w.WriteStringValue("PII");
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
