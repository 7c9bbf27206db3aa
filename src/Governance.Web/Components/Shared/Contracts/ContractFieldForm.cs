using System.Globalization;
using System.Text.Json;
using Governance.Model.Contracts;
using Governance.Web.Contracts;

namespace Governance.Web.Components.Shared.Contracts;

/// <summary>
/// A field and its rules in the form. Bounds and allowed values are typed as text and read by the field's logical
/// type: numbers for integer and number fields, true/false for booleans, text otherwise. A value that does not read
/// as its type is passed on as text, so the contract validator names what is wrong with it.
/// </summary>
public sealed class ContractFieldForm
{
    public string? Name { get; set; }
    public FieldLogicalType? LogicalType { get; set; }
    public string? PhysicalType { get; set; }
    public string? Description { get; set; }
    public bool Required { get; set; }

    /// <summary>Comma-separated allowed values; empty for no such rule.</summary>
    public string? AllowedValues { get; set; }
    public string? Pattern { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public string? Minimum { get; set; }
    public bool ExclusiveMinimum { get; set; }
    public string? Maximum { get; set; }
    public bool ExclusiveMaximum { get; set; }
    public string? Format { get; set; }
    public FieldClassification? Classification { get; set; }
    public string? Tags { get; set; }

    public static ContractFieldForm From(ContractField field) => new()
    {
        Name = field.Name,
        LogicalType = field.LogicalType,
        PhysicalType = field.PhysicalType,
        Description = field.Description,
        Required = field.Required,
        AllowedValues = field.AllowedValues is { } values ? string.Join(", ", values.Select(Text)) : null,
        Pattern = field.Pattern,
        MinLength = field.MinLength,
        MaxLength = field.MaxLength,
        Minimum = field.Minimum is { } min ? Text(min.Value) : null,
        ExclusiveMinimum = field.Minimum?.Exclusive ?? false,
        Maximum = field.Maximum is { } max ? Text(max.Value) : null,
        ExclusiveMaximum = field.Maximum?.Exclusive ?? false,
        Format = field.Format,
        Classification = field.Classification,
        Tags = string.Join(", ", field.Tags),
    };

    public ContractFieldDto ToDocument() => new()
    {
        Name = Name,
        LogicalType = LogicalType is { } type ? ContractSpelling.Of(type) : null,
        PhysicalType = PhysicalType,
        Description = Description,
        Required = Required,
        AllowedValues = string.IsNullOrWhiteSpace(AllowedValues) ? null : ContractFormModel.Split(AllowedValues).Select(Value).ToList(),
        Pattern = string.IsNullOrEmpty(Pattern) ? null : Pattern,
        MinLength = MinLength,
        MaxLength = MaxLength,
        Minimum = string.IsNullOrWhiteSpace(Minimum) ? null : Value(Minimum.Trim()),
        ExclusiveMinimum = ExclusiveMinimum,
        Maximum = string.IsNullOrWhiteSpace(Maximum) ? null : Value(Maximum.Trim()),
        ExclusiveMaximum = ExclusiveMaximum,
        Format = Format,
        Classification = Classification is { } classification ? ContractSpelling.Of(classification) : null,
        Tags = ContractFormModel.Split(Tags),
    };

    /// <summary>A value typed in the form, read by the field's logical type.</summary>
    private JsonElement Value(string text) => LogicalType switch
    {
        FieldLogicalType.Integer or FieldLogicalType.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            => JsonSerializer.SerializeToElement(number),
        FieldLogicalType.Boolean when bool.TryParse(text, out var flag) => JsonSerializer.SerializeToElement(flag),
        _ when text == "null" => JsonSerializer.SerializeToElement<object?>(null),
        _ => JsonSerializer.SerializeToElement(text),
    };

    private static string Text(ContractValue value) => value.Kind switch
    {
        ContractValueKind.String => value.Text!,
        ContractValueKind.Number => ContractFormModel.Invariant(value.Number),
        ContractValueKind.Boolean => value.Boolean ? "true" : "false",
        _ => "null",
    };
}
