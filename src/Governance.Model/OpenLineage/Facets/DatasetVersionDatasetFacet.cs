using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>DatasetVersionDatasetFacet</c> (key <c>version</c>): the version of the dataset.</summary>
public sealed record DatasetVersionDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>datasetVersion</c>: the version, as the producer names it (required by the spec).</summary>
    [JsonPropertyName("datasetVersion")]
    public string? DatasetVersion { get; set; }
}
