using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>Dataset</c>: common part of <see cref="InputDataset"/>, <see cref="OutputDataset"/> and <see cref="StaticDataset"/>.</summary>
public abstract record Dataset : OpenLineageElement
{
    /// <summary>JSON <c>namespace</c>: the data source, e.g. <c>kafka://broker:9092</c> (see the OpenLineage naming spec).</summary>
    [JsonPropertyName("namespace")]
    [JsonPropertyOrder(-2)]
    public string Namespace { get; set; } = "";

    /// <summary>JSON <c>name</c>: the dataset within <see cref="Namespace"/>, e.g. a topic or table name.</summary>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(-1)]
    public string Name { get; set; } = "";

    /// <summary>JSON <c>facets</c>: dataset facets; empty when absent (and then not written back).</summary>
    [JsonPropertyName("facets")]
    public DatasetFacets Facets { get; set; } = new();

    /// <summary>The dataset's identity (namespace, name).</summary>
    [JsonIgnore]
    public DatasetId Id => new(Namespace, Name);
}
