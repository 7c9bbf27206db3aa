using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>TagsDatasetFacet</c> (key <c>tags</c>): tags on a dataset or its fields.</summary>
public sealed record TagsDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>tags</c>; empty when absent.</summary>
    [JsonPropertyName("tags")]
    public List<DatasetTag> Tags { get; set; } = [];
}
