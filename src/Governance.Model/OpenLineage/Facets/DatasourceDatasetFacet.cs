using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>DatasourceDatasetFacet</c> (key <c>dataSource</c>): the data source of a dataset.</summary>
public sealed record DatasourceDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>name</c>: data source name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>uri</c>: data source URI, kept as a string because producers send non-URIs such as <c>"file"</c>.</summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; set; }
}
