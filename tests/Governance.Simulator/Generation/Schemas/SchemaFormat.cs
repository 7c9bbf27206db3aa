namespace Governance.Simulator.Generation.Schemas;

/// <summary>Schema Registry schema types, spelled as the registry spells them.</summary>
internal static class SchemaFormat
{
    public const string Avro = "AVRO";
    public const string Json = "JSON";
    public const string Protobuf = "PROTOBUF";

    /// <summary>The field name as it appears in a schema of the format (Protobuf style is snake_case).</summary>
    public static string FieldName(string format, string camelCaseName) =>
        format == Protobuf ? SnakeCase(camelCaseName) : camelCaseName;

    public static string SnakeCase(string camelCase)
    {
        var builder = new System.Text.StringBuilder(camelCase.Length + 8);
        foreach (var c in camelCase)
        {
            if (char.IsUpper(c))
            {
                if (builder.Length > 0) builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Dotted paths (<c>Order.customer.email</c>) of the PII fields a version has, for data-contract tags.</summary>
    public static List<string> PiiPaths(string format, RecordSpec root, int version)
    {
        var paths = new List<string>();
        Collect(format, root, version, root.Name, paths, depth: 0);
        return paths;
    }

    private static void Collect(string format, RecordSpec record, int version, string prefix, List<string> paths, int depth)
    {
        // Nested records start at version 1: only the root evolves.
        foreach (var field in record.FieldsAt(depth == 0 ? version : 1))
        {
            var path = $"{prefix}.{FieldName(format, field.Name)}";
            if (field.Pii && field.Type != FieldType.Record)
            {
                paths.Add(path);
            }

            if (field.Type == FieldType.Record && field.Record is not null)
            {
                Collect(format, field.Record, version, path, paths, depth + 1);
            }
        }
    }
}
