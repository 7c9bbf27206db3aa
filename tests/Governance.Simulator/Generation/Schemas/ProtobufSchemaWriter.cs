using System.Text;

namespace Governance.Simulator.Generation.Schemas;

/// <summary>
/// Writes a record spec as a proto3 file with one top-level message (so Confluent's message-index
/// prefix is always <c>[0]</c>). Field numbers are positions in the full field list, so that fields
/// added in later versions get new numbers and removed ones become <c>reserved</c>, as in a real evolution.
/// </summary>
internal static class ProtobufSchemaWriter
{
    public static string Write(RecordSpec root, int version)
    {
        var text = new StringBuilder(1024);
        text.Append("syntax = \"proto3\";\n");
        text.Append("package ").Append(root.Namespace).Append(";\n\n");
        if (UsesTimestamp(root, [])) text.Append("import \"google/protobuf/timestamp.proto\";\n\n");
        WriteMessage(text, root, version, indent: "", isRoot: true);
        return text.ToString();
    }

    /// <summary>The field number of a field: its 1-based position in the full list.</summary>
    public static int FieldNumber(RecordSpec record, FieldSpec field)
    {
        for (var i = 0; i < record.Fields.Count; i++)
        {
            if (ReferenceEquals(record.Fields[i], field)) return i + 1;
        }

        throw new ArgumentException($"{field.Name} is not a field of {record.Name}.", nameof(field));
    }

    public static string EnumValueName(string enumName, string symbol) =>
        $"{SchemaFormat.SnakeCase(enumName).ToUpperInvariant()}_{symbol.ToUpperInvariant()}";

    private static bool UsesTimestamp(RecordSpec record, HashSet<RecordSpec> seen)
    {
        if (!seen.Add(record)) return false;
        return record.Fields.Any(f => f.Type == FieldType.Timestamp || f.Items?.Type == FieldType.Timestamp
            || (f.Record ?? f.Items?.Record) is { } nested && UsesTimestamp(nested, seen));
    }

    private static void WriteMessage(StringBuilder text, RecordSpec record, int version, string indent, bool isRoot)
    {
        if (record.Doc is not null) text.Append(indent).Append("// ").Append(record.Doc).Append('\n');
        text.Append(indent).Append("message ").Append(record.Name).Append(" {\n");
        var inner = indent + "  ";
        var reserved = new List<int>();
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            var exists = isRoot ? field.ExistsIn(version) : field.ExistsIn(1);
            if (!exists)
            {
                if (field.UntilVersion is not null && field.UntilVersion <= version) reserved.Add(i + 1);
                continue;
            }

            if (field.Doc is not null) text.Append(inner).Append("// ").Append(field.Doc).Append('\n');
            text.Append(inner);
            if (field.Type == FieldType.Array) text.Append("repeated ");
            else if (field.Optional) text.Append("optional ");
            text.Append(TypeName(field.Type == FieldType.Array ? field.Items! : field))
                .Append(' ').Append(SchemaFormat.SnakeCase(field.Name)).Append(" = ").Append(i + 1).Append(";\n");
        }

        if (reserved.Count > 0) text.Append(inner).Append("reserved ").Append(string.Join(", ", reserved)).Append(";\n");

        var nestedMessages = new List<RecordSpec>();
        var nestedEnums = new List<FieldSpec>();
        foreach (var field in record.Fields)
        {
            var element = field.Type == FieldType.Array ? field.Items! : field;
            if (element.Record is { } nested && !nestedMessages.Contains(nested)) nestedMessages.Add(nested);
            if (element.Type == FieldType.Enum && nestedEnums.All(e => e.EnumName != element.EnumName)) nestedEnums.Add(element);
        }

        foreach (var nested in nestedMessages)
        {
            text.Append('\n');
            WriteMessage(text, nested, 1, inner, isRoot: false);
        }

        foreach (var e in nestedEnums)
        {
            text.Append('\n').Append(inner).Append("enum ").Append(e.EnumName).Append(" {\n");
            text.Append(inner).Append("  ").Append(EnumValueName(e.EnumName!, "UNSPECIFIED")).Append(" = 0;\n");
            for (var i = 0; i < e.Symbols!.Count; i++)
            {
                text.Append(inner).Append("  ").Append(EnumValueName(e.EnumName!, e.Symbols[i])).Append(" = ").Append(i + 1).Append(";\n");
            }

            text.Append(inner).Append("}\n");
        }

        text.Append(indent).Append("}\n");
    }

    private static string TypeName(FieldSpec field) => field.Type switch
    {
        FieldType.String or FieldType.Date => "string",
        FieldType.Int => "int32",
        FieldType.Long => "int64",
        FieldType.Double => "double",
        FieldType.Boolean => "bool",
        FieldType.Timestamp => "google.protobuf.Timestamp",
        FieldType.Enum => field.EnumName!,
        FieldType.Record => field.Record!.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };
}
