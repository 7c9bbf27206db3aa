using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>ProcessingEngineRunFacet</c> (key <c>processing_engine</c>): the engine that ran the job.</summary>
public sealed record ProcessingEngineRunFacet : RunFacet
{
    /// <summary>JSON <c>version</c>: engine version, e.g. <c>3.3.4</c> (required by the spec).</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>JSON <c>name</c>: engine name, e.g. <c>spark</c>, <c>Airflow</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>openlineageAdapterVersion</c>: version of the OpenLineage integration.</summary>
    [JsonPropertyName("openlineageAdapterVersion")]
    public string? OpenlineageAdapterVersion { get; set; }
}
