using System.Text.Json;

namespace Governance.Model.Contracts.Compatibility.Avro;

/// <summary>
/// Logical type annotations. Resolution treats a logical type as its underlying type (the Avro specification lets
/// readers ignore them), except decimal precision and scale, which change how the bytes are interpreted.
/// </summary>
internal static class AvroLogicalTypes
{
    private static readonly Dictionary<string, AvroKind[]> UnderlyingKinds = new(StringComparer.Ordinal)
    {
        ["decimal"] = [AvroKind.Bytes, AvroKind.Fixed],
        ["uuid"] = [AvroKind.String, AvroKind.Fixed],
        ["date"] = [AvroKind.Int],
        ["time-millis"] = [AvroKind.Int],
        ["time-micros"] = [AvroKind.Long],
        ["timestamp-millis"] = [AvroKind.Long],
        ["timestamp-micros"] = [AvroKind.Long],
        ["timestamp-nanos"] = [AvroKind.Long],
        ["local-timestamp-millis"] = [AvroKind.Long],
        ["local-timestamp-micros"] = [AvroKind.Long],
        ["local-timestamp-nanos"] = [AvroKind.Long],
        ["duration"] = [AvroKind.Fixed],
    };

    /// <summary>
    /// Sets the logical type of <paramref name="type"/> from <c>logicalType</c> in <paramref name="declaration"/>.
    /// Unknown, misplaced or invalid annotations are ignored, as the specification requires.
    /// </summary>
    public static void Annotate(AvroType type, JsonElement declaration)
    {
        if (!declaration.TryGetProperty("logicalType", out var logical) || logical.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var name = logical.GetString()!;
        if (!UnderlyingKinds.TryGetValue(name, out var kinds) || !kinds.Contains(type.Kind))
        {
            return;
        }

        if (name == "decimal")
        {
            if (!TryReadDecimal(declaration, out var precision, out var scale))
            {
                return;
            }

            type.Decimal = (precision, scale);
        }

        type.LogicalType = name;
    }

    private static bool TryReadDecimal(JsonElement declaration, out int precision, out int scale)
    {
        scale = 0;
        precision = 0;
        if (!declaration.TryGetProperty("precision", out var p) || p.ValueKind != JsonValueKind.Number
            || !p.TryGetInt32(out precision) || precision <= 0)
        {
            return false;
        }

        if (declaration.TryGetProperty("scale", out var s)
            && (s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out scale)))
        {
            return false;
        }

        return scale >= 0 && scale <= precision;
    }
}
