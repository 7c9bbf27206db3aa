using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>StorageDatasetFacet</c> (key <c>storage</c>): how the dataset is stored.</summary>
public sealed record StorageDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>storageLayer</c>: e.g. <c>iceberg</c>, <c>delta</c> (required by the spec).</summary>
    [JsonPropertyName("storageLayer")]
    public string? StorageLayer { get; set; }

    /// <summary>JSON <c>fileFormat</c>: e.g. <c>parquet</c>, <c>avro</c>, <c>json</c>.</summary>
    [JsonPropertyName("fileFormat")]
    public string? FileFormat { get; set; }
}
