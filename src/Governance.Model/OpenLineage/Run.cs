using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>Run</c>: one execution of a job.</summary>
public sealed record Run : OpenLineageElement
{
    /// <summary>
    /// JSON <c>runId</c>: the run's id, as sent. The spec requires a UUID, but some producers send other strings
    /// (e.g. <c>"run_id"</c>), so it is kept as a string; see <see cref="RunGuid"/>.
    /// </summary>
    [JsonPropertyName("runId")]
    public string RunId { get; set; } = "";

    /// <summary>JSON <c>facets</c>: run facets; empty when absent (and then not written back).</summary>
    [JsonPropertyName("facets")]
    public RunFacets Facets { get; set; } = new();

    /// <summary><see cref="RunId"/> as a <see cref="Guid"/>, or <c>null</c> when it is not a UUID.</summary>
    [JsonIgnore]
    public Guid? RunGuid => Guid.TryParse(RunId, out var guid) ? guid : null;
}
