using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>DatasetTypeDatasetFacet</c> (key <c>datasetType</c>): what kind of dataset this is.</summary>
public sealed record DatasetTypeDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>datasetType</c>: e.g. <c>TABLE</c>, <c>VIEW</c>, <c>FILE</c>, <c>TOPIC</c>, <c>STREAM</c>, <c>MODEL</c>.</summary>
    [JsonPropertyName("datasetType")]
    public string? DatasetType { get; set; }

    /// <summary>JSON <c>subType</c>: optional refinement, e.g. <c>MATERIALIZED</c>.</summary>
    [JsonPropertyName("subType")]
    public string? SubType { get; set; }
}
