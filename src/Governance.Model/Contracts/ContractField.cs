namespace Governance.Model.Contracts;

/// <summary>
/// A field of the governed topic's records with its rules (ODCS <c>schema[0].properties[i]</c>). Only top-level
/// fields are modeled.
/// </summary>
public sealed record ContractField
{
    /// <summary>Field name (ODCS <c>name</c>); unique within the contract.</summary>
    public required string Name { get; init; }

    /// <summary>Logical type (ODCS <c>logicalType</c>); the "type" rule.</summary>
    public FieldLogicalType? LogicalType { get; init; }

    /// <summary>Type in the serialization format, e.g. <c>string</c>, <c>long</c> (ODCS <c>physicalType</c>).</summary>
    public string? PhysicalType { get; init; }

    /// <summary>What the field holds (ODCS <c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The field must be present and not null (ODCS <c>required</c>).</summary>
    public bool Required { get; init; }

    /// <summary>The only values the field may take (ODCS library rule <c>invalidValues</c> with <c>validValues</c> and <c>mustBe: 0</c>).</summary>
    public ValueList<ContractValue>? AllowedValues { get; init; }

    /// <summary>Regular expression a string value must match (ODCS <c>logicalTypeOptions.pattern</c>).</summary>
    public string? Pattern { get; init; }

    /// <summary>Minimum string length (ODCS <c>logicalTypeOptions.minLength</c>).</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum string length (ODCS <c>logicalTypeOptions.maxLength</c>).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Lower end of the value range (ODCS <c>logicalTypeOptions.minimum</c> or <c>exclusiveMinimum</c>).</summary>
    public ContractBound? Minimum { get; init; }

    /// <summary>Upper end of the value range (ODCS <c>logicalTypeOptions.maximum</c> or <c>exclusiveMaximum</c>).</summary>
    public ContractBound? Maximum { get; init; }

    /// <summary>Format of the value, e.g. <c>email</c>, <c>yyyy-MM-dd</c>, <c>i64</c> (ODCS <c>logicalTypeOptions.format</c>).</summary>
    public string? Format { get; init; }

    /// <summary>Sensitivity class (ODCS <c>classification</c>).</summary>
    public FieldClassification? Classification { get; init; }

    /// <summary>Free tags (ODCS <c>tags</c>).</summary>
    public ValueList<string> Tags { get; init; } = [];

    /// <summary>ODCS members of the property that are kept but not interpreted (e.g. <c>primaryKey</c>, <c>examples</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];
}
