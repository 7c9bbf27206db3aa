using System.Text.Json;

namespace Governance.Model.Contracts.Compatibility.Avro;

/// <summary>
/// Whether a field default is a valid value of the field's schema (the Avro specification's default value table).
/// A union default may match any branch, as the specification allows since Avro 1.12.
/// </summary>
internal static class AvroDefaults
{
    /// <summary>Whether <paramref name="value"/> is a valid JSON encoding of a <paramref name="type"/> value.</summary>
    public static bool IsValid(AvroType type, JsonElement value) => type switch
    {
        AvroUnion union => union.Branches.Any(b => IsValid(b, value)),
        AvroRecord record => value.ValueKind == JsonValueKind.Object && record.Fields.All(f =>
            value.TryGetProperty(f.Name, out var fieldValue) ? IsValid(f.Type, fieldValue) : f.HasDefault),
        AvroEnum enumType => value.ValueKind == JsonValueKind.String && enumType.Symbols.Contains(value.GetString()!),
        AvroArray array => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => IsValid(array.Items, v)),
        AvroMap map => value.ValueKind == JsonValueKind.Object && value.EnumerateObject().All(p => IsValid(map.Values, p.Value)),
        _ => IsValidPrimitive(type.Kind, value),
    };

    private static bool IsValidPrimitive(AvroKind kind, JsonElement value) => kind switch
    {
        AvroKind.Null => value.ValueKind == JsonValueKind.Null,
        AvroKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        AvroKind.Int => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        AvroKind.Long => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        AvroKind.Float or AvroKind.Double => value.ValueKind == JsonValueKind.Number
            || (value.ValueKind == JsonValueKind.String && value.GetString() is "NaN" or "Infinity" or "-Infinity"),
        AvroKind.Bytes or AvroKind.String or AvroKind.Fixed => value.ValueKind == JsonValueKind.String,
        _ => false,
    };
}
