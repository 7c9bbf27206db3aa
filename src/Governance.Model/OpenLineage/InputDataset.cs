using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>InputDataset</c>: a dataset read by a job, with input-specific facets.</summary>
public sealed record InputDataset : Dataset
{
    /// <summary>JSON <c>inputFacets</c>: facets about this read; empty when absent (and then not written back).</summary>
    [JsonPropertyName("inputFacets")]
    public InputDatasetFacets InputFacets { get; set; } = new();
}
