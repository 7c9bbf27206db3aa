using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>ColumnLineageDatasetFacet</c> (key <c>columnLineage</c>): field-level lineage of an output dataset.</summary>
public sealed record ColumnLineageDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>fields</c>: output field name → the input fields it is computed from; empty when absent.</summary>
    [JsonPropertyName("fields")]
    public Dictionary<string, ColumnLineageField> Fields { get; set; } = [];

    /// <summary>JSON <c>dataset</c>: input fields that affect the whole dataset (filters, joins, grouping…); empty when absent.</summary>
    [JsonPropertyName("dataset")]
    public List<ColumnLineageInputField> Dataset { get; set; } = [];
}

/// <summary>The lineage of one output field in <see cref="ColumnLineageDatasetFacet.Fields"/>.</summary>
public sealed record ColumnLineageField : OpenLineageElement
{
    /// <summary>JSON <c>inputFields</c>: the input fields used to compute this field; empty when absent.</summary>
    [JsonPropertyName("inputFields")]
    public List<ColumnLineageInputField> InputFields { get; set; } = [];

    /// <summary>JSON <c>transformationDescription</c>: deprecated in the spec in favour of per-input <see cref="ColumnLineageInputField.Transformations"/>.</summary>
    [JsonPropertyName("transformationDescription")]
    public string? TransformationDescription { get; set; }

    /// <summary>JSON <c>transformationType</c>: deprecated (<c>IDENTITY</c>|<c>MASKED</c>) in favour of <see cref="ColumnLineageInputField.Transformations"/>.</summary>
    [JsonPropertyName("transformationType")]
    public string? TransformationType { get; set; }
}

/// <summary>Spec <c>InputField</c>: a dependency on one field of an input dataset.</summary>
public sealed record ColumnLineageInputField : OpenLineageElement
{
    /// <summary>JSON <c>namespace</c>: namespace of the input dataset.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>JSON <c>name</c>: name of the input dataset.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>field</c>: the input field.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }

    /// <summary>JSON <c>transformations</c>: how the input field is used; empty when absent.</summary>
    [JsonPropertyName("transformations")]
    public List<ColumnLineageTransformation> Transformations { get; set; } = [];
}

/// <summary>One transformation applied to an input field.</summary>
public sealed record ColumnLineageTransformation : OpenLineageElement
{
    /// <summary>The <see cref="Type"/> of a transformation whose output value is computed from the input.</summary>
    public const string Direct = "DIRECT";

    /// <summary>The <see cref="Type"/> of a transformation where the input only affects which rows are output (filter, join, group by…).</summary>
    public const string Indirect = "INDIRECT";

    /// <summary>JSON <c>type</c>: <c>DIRECT</c> or <c>INDIRECT</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>JSON <c>subtype</c>: e.g. <c>IDENTITY</c>, <c>TRANSFORMATION</c>, <c>AGGREGATION</c>, <c>JOIN</c>, <c>FILTER</c>.</summary>
    [JsonPropertyName("subtype")]
    public string? Subtype { get; set; }

    /// <summary>JSON <c>description</c>: free-text description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>JSON <c>masking</c>: whether the transformation masks the data (e.g. hashing).</summary>
    [JsonPropertyName("masking")]
    public bool? Masking { get; set; }
}
