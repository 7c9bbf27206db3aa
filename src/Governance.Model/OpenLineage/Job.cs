using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>Job</c>: a recurring process, identified by namespace and name.</summary>
public sealed record Job : OpenLineageElement
{
    /// <summary>JSON <c>namespace</c>: the job namespace (usually the scheduler or engine instance).</summary>
    [JsonPropertyName("namespace")]
    [JsonPropertyOrder(-2)]
    public string Namespace { get; set; } = "";

    /// <summary>JSON <c>name</c>: the job name, unique within <see cref="Namespace"/>.</summary>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(-1)]
    public string Name { get; set; } = "";

    /// <summary>JSON <c>facets</c>: job facets; empty when absent (and then not written back).</summary>
    [JsonPropertyName("facets")]
    public JobFacets Facets { get; set; } = new();

    /// <summary>The job's identity (namespace, name).</summary>
    [JsonIgnore]
    public JobId Id => new(Namespace, Name);
}
