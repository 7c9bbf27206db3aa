using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>Human-readable messages for NJsonSchema errors that are reported as errors (not warnings).</summary>
internal static class ValidationErrorMessages
{
    /// <summary>Describes <paramref name="error"/> for the offending <paramref name="token"/> (<c>null</c> when absent).</summary>
    public static string Describe(ValidationError error, JToken? token)
    {
        var schema = error.Schema;
        var value = JsonTokens.Display(token);
        return error.Kind switch
        {
            ValidationErrorKind.StringExpected => $"expected string but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.IntegerExpected => $"expected integer but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.NumberExpected => $"expected number but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.BooleanExpected => $"expected boolean but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.ObjectExpected => $"expected object but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.ArrayExpected => $"expected array but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.NullExpected => $"expected null but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.NoTypeValidates => $"{JsonTokens.TypeName(token)} is not one of the allowed types",
            ValidationErrorKind.NotInEnumeration => $"{value} is not one of {string.Join(", ", schema?.Enumeration.Select(FormatEnumValue) ?? [])}",
            ValidationErrorKind.NumberTooSmall => $"{value} is less than the minimum {FormatNumber(schema?.Minimum ?? schema?.ExclusiveMinimum)}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => $"{value} is greater than the maximum {FormatNumber(schema?.Maximum ?? schema?.ExclusiveMaximum)}",
            ValidationErrorKind.StringTooShort => $"{value} is shorter than {schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"{value} is longer than {schema?.MaxLength} characters",
            ValidationErrorKind.PatternMismatch => $"{value} does not match the pattern '{schema?.Pattern}'",
            ValidationErrorKind.TooFewItems => $"array has fewer than {schema?.MinItems} items",
            ValidationErrorKind.TooManyItems => $"array has more than {schema?.MaxItems} items",
            ValidationErrorKind.ItemsNotUnique => "array items are not unique",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed",
            ValidationErrorKind.ExcludedSchemaValidates when schema?.Not?.RequiredProperties.Count > 0 =>
                schema.Not.RequiredProperties.Count == 1
                    ? $"must not have property '{schema.Not.RequiredProperties.First()}'"
                    : $"must not have all of the properties {string.Join(", ", schema.Not.RequiredProperties.Select(p => $"'{p}'"))}",
            ValidationErrorKind.ExcludedSchemaValidates => "matches a schema it must not match (not)",
            _ => $"{error.Kind} (value {value})",
        };
    }

    private static string FormatEnumValue(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        JToken t => JsonTokens.Display(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static string FormatNumber(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
