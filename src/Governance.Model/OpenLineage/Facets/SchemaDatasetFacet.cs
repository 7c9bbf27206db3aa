using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>SchemaDatasetFacet</c> (key <c>schema</c>): the fields (columns) of a dataset.</summary>
public sealed record SchemaDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>fields</c>: top-level fields; empty when absent.</summary>
    [JsonPropertyName("fields")]
    public List<SchemaDatasetFacetField> Fields { get; set; } = [];
}

/// <summary>Spec <c>SchemaDatasetFacetFields</c>: one field of a schema; struct fields nest via <see cref="Fields"/>.</summary>
public sealed record SchemaDatasetFacetField : OpenLineageElement
{
    /// <summary>JSON <c>name</c>: field name (required by the spec).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>type</c>: field type as the producer names it, e.g. <c>VARCHAR</c>, <c>integer</c>, <c>struct</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>JSON <c>description</c>: field description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>JSON <c>ordinal_position</c>: 1-based position of the field.</summary>
    [JsonPropertyName("ordinal_position")]
    public int? OrdinalPosition { get; set; }

    /// <summary>JSON <c>fields</c>: nested fields of a struct; empty when absent.</summary>
    [JsonPropertyName("fields")]
    public List<SchemaDatasetFacetField> Fields { get; set; } = [];
}
