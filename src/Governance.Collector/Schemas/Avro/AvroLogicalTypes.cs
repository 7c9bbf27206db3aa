using System.Globalization;
using System.Text.Json;

namespace Governance.Collector.Schemas.Avro;

/// <summary>
/// Avro logical types as field types. A logical type <i>is</i> the type of the value for every reader (a
/// <c>timestamp-millis</c> is read as an instant, the <c>long</c> is only its encoding), so the field type is the
/// logical type's name: <c>timestamp-millis</c>, <c>date</c>, <c>uuid</c>, <c>decimal(10,2)</c>.
/// </summary>
/// <remarks>
/// As the Avro specification requires, a logical type that is unknown, or invalid for its underlying type
/// (e.g. <c>date</c> on a <c>string</c>, <c>decimal</c> without <c>precision</c>), is ignored and the underlying
/// type is used.
/// </remarks>
internal static class AvroLogicalTypes
{
    private static readonly Dictionary<string, string[]> UnderlyingTypes = new(StringComparer.Ordinal)
    {
        ["decimal"] = ["bytes", "fixed"],
        ["big-decimal"] = ["bytes"],
        ["uuid"] = ["string", "fixed"],
        ["date"] = ["int"],
        ["time-millis"] = ["int"],
        ["time-micros"] = ["long"],
        ["timestamp-millis"] = ["long"],
        ["timestamp-micros"] = ["long"],
        ["timestamp-nanos"] = ["long"],
        ["local-timestamp-millis"] = ["long"],
        ["local-timestamp-micros"] = ["long"],
        ["local-timestamp-nanos"] = ["long"],
        ["duration"] = ["fixed"],
    };

    /// <summary>The field type of a type object carrying a valid <c>logicalType</c>, else <see langword="null"/>.</summary>
    /// <param name="underlyingType">The Avro type the logical type annotates, e.g. <c>long</c> or <c>fixed</c>.</param>
    /// <param name="schema">The type object.</param>
    public static string? Describe(string underlyingType, JsonElement schema)
    {
        if (!schema.TryGetProperty("logicalType", out var logical) || logical.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var name = logical.GetString()!;
        if (!UnderlyingTypes.TryGetValue(name, out var allowed) || !allowed.Contains(underlyingType, StringComparer.Ordinal))
        {
            return null;
        }

        if (name != "decimal")
        {
            return name;
        }

        // precision is required and positive; scale defaults to 0 and may not exceed precision.
        if (!TryGetInt(schema, "precision", out var precision) || precision <= 0)
        {
            return null;
        }

        var scale = 0;
        if (schema.TryGetProperty("scale", out _) && (!TryGetInt(schema, "scale", out scale) || scale < 0 || scale > precision))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"decimal({precision},{scale})");
    }

    private static bool TryGetInt(JsonElement schema, string property, out int value)
    {
        value = 0;
        return schema.TryGetProperty(property, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }
}
