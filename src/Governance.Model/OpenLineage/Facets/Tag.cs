using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>One tag of <see cref="TagsRunFacet"/> or <see cref="TagsJobFacet"/> (spec <c>Tags*FacetFields</c>).</summary>
public record Tag : OpenLineageElement
{
    /// <summary>JSON <c>key</c>: tag key, e.g. <c>pii</c>.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>JSON <c>value</c>: tag value, e.g. <c>true</c>.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>JSON <c>source</c>: who set the tag, e.g. <c>USER</c>, <c>SPARK</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }
}

/// <summary>One tag of <see cref="TagsDatasetFacet"/>: a <see cref="Tag"/> that may target a single field.</summary>
public sealed record DatasetTag : Tag
{
    /// <summary>JSON <c>field</c>: the dataset field the tag applies to; absent for the whole dataset.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }
}
