namespace Governance.Web.Contracts.Enforcement;

/// <summary>A field of a dataset's current schema facet, flattened (nested fields have dotted paths).</summary>
/// <param name="IsLeaf">False for records, objects and messages that carry nested fields.</param>
public sealed record SchemaField(string Path, string Name, string? Type, int Depth, bool IsLeaf);

/// <summary>
/// Reads the schema facet's free-text field types (the collector's convention: the format's own
/// names, logical types in place of their encoding, <c>array&lt;T&gt;</c>, <c>map&lt;K,V&gt;</c>,
/// <c>string (format)</c>) as the families an ODCS logical type names, and knows which encodings a
/// logical type may use, so a contract's types can be compared with any producer's schema.
/// </summary>
internal static class SchemaFieldTypes
{
    private static readonly HashSet<string> Integers = new(StringComparer.OrdinalIgnoreCase)
    {
        "int", "long", "integer", "short", "byte", "int8", "int16", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
        "fixed32", "fixed64", "sfixed32", "sfixed64", "bigint", "smallint", "tinyint",
    };

    private static readonly HashSet<string> Decimals = new(StringComparer.OrdinalIgnoreCase) { "float", "double", "number", "big-decimal", "real" };

    /// <summary>The Avro logical types a facet shows in place of their encoding, with that encoding.</summary>
    private static readonly Dictionary<string, string[]> Encodings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = ["int"],
        ["time-millis"] = ["int"],
        ["time-micros"] = ["long"],
        ["timestamp-millis"] = ["long"],
        ["timestamp-micros"] = ["long"],
        ["timestamp-nanos"] = ["long"],
        ["local-timestamp-millis"] = ["long"],
        ["local-timestamp-micros"] = ["long"],
        ["local-timestamp-nanos"] = ["long"],
        ["uuid"] = ["string", "fixed"],
        ["big-decimal"] = ["bytes"],
    };

    /// <summary>The family of a facet type (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>date</c>,
    /// <c>timestamp</c>, <c>time</c>, <c>array</c>, <c>object</c>), or null when the type does not say (unions, named enums, bytes).</summary>
    public static string? Family(string? type, bool hasNestedFields)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var t = type.Trim();
        var format = "";
        var space = t.IndexOf(" (", StringComparison.Ordinal);
        if (space > 0 && t.EndsWith(')'))
        {
            format = t[(space + 2)..^1];
            t = t[..space];
        }

        if (t.StartsWith("array<", StringComparison.OrdinalIgnoreCase) || t.StartsWith("repeated ", StringComparison.OrdinalIgnoreCase))
        {
            return "array";
        }

        if (t.StartsWith("map<", StringComparison.OrdinalIgnoreCase) || t.Equals("object", StringComparison.OrdinalIgnoreCase)
            || t.Equals("record", StringComparison.OrdinalIgnoreCase) || t.Equals("struct", StringComparison.OrdinalIgnoreCase))
        {
            return "object";
        }

        if (t.StartsWith("union<", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (t.Equals("string", StringComparison.OrdinalIgnoreCase) || t.Equals("uuid", StringComparison.OrdinalIgnoreCase))
        {
            return format.ToLowerInvariant() switch
            {
                "date" => "date",
                "date-time" => "timestamp",
                "time" => "time",
                _ => "string",
            };
        }

        if (Integers.Contains(t))
        {
            return "integer";
        }

        if (Decimals.Contains(t) || t.StartsWith("decimal", StringComparison.OrdinalIgnoreCase))
        {
            return "number";
        }

        if (t.Equals("boolean", StringComparison.OrdinalIgnoreCase) || t.Equals("bool", StringComparison.OrdinalIgnoreCase))
        {
            return "boolean";
        }

        if (t.Equals("date", StringComparison.OrdinalIgnoreCase))
        {
            return "date";
        }

        if (t.Contains("timestamp", StringComparison.OrdinalIgnoreCase) || t.Equals("google.protobuf.Timestamp", StringComparison.Ordinal))
        {
            return "timestamp";
        }

        if (t.StartsWith("time-", StringComparison.OrdinalIgnoreCase))
        {
            return "time";
        }

        // A named type with nested fields is a record or message.
        return hasNestedFields ? "object" : null;
    }

    /// <summary>Whether a field whose facet type is <paramref name="type"/> can be of the contract's physical type.</summary>
    public static bool MatchesPhysical(string physical, string? type)
    {
        if (type is null)
        {
            return false;
        }

        var t = type.Trim();
        var space = t.IndexOf(" (", StringComparison.Ordinal);
        if (space > 0)
        {
            t = t[..space];
        }

        return t.Equals(physical.Trim(), StringComparison.OrdinalIgnoreCase)
               || (Encodings.TryGetValue(t, out var encodings) && encodings.Contains(physical.Trim(), StringComparer.OrdinalIgnoreCase))
               || (t.StartsWith("decimal(", StringComparison.OrdinalIgnoreCase) && physical.Trim() is "bytes" or "fixed" or "decimal");
    }
}
