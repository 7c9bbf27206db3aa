using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>OutputDataset</c>: a dataset written by a job, with output-specific facets.</summary>
public sealed record OutputDataset : Dataset
{
    /// <summary>JSON <c>outputFacets</c>: facets about this write; empty when absent (and then not written back).</summary>
    [JsonPropertyName("outputFacets")]
    public OutputDatasetFacets OutputFacets { get; set; } = new();
}
