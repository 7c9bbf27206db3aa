using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Spec <c>ParentRunFacet</c> (key <c>parent</c>): the run that started this run (e.g. the DAG run of a task, the
/// Spark application of a Spark job), and optionally the root of the whole hierarchy.
/// </summary>
public sealed record ParentRunFacet : RunFacet
{
    /// <summary>JSON <c>run</c>: the parent run (required by the spec).</summary>
    [JsonPropertyName("run")]
    public ParentRunFacetRun? Run { get; set; }

    /// <summary>JSON <c>job</c>: the parent job (required by the spec).</summary>
    [JsonPropertyName("job")]
    public ParentRunFacetJob? Job { get; set; }

    /// <summary>JSON <c>root</c>: the top-most run and job of the hierarchy.</summary>
    [JsonPropertyName("root")]
    public ParentRunFacetRoot? Root { get; set; }
}

/// <summary>A run referenced from <see cref="ParentRunFacet"/> (spec parent <c>run</c> and <c>RootRun</c>).</summary>
public sealed record ParentRunFacetRun : OpenLineageElement
{
    /// <summary>JSON <c>runId</c>: id of the referenced run, as sent.</summary>
    [JsonPropertyName("runId")]
    public string? RunId { get; set; }

    /// <summary>JSON <c>facets</c>: selected facets of the referenced run; empty when absent.</summary>
    [JsonPropertyName("facets")]
    public RunFacets Facets { get; set; } = new();

    /// <summary><see cref="RunId"/> as a <see cref="Guid"/>, or <c>null</c> when it is not a UUID.</summary>
    [JsonIgnore]
    public Guid? RunGuid => Guid.TryParse(RunId, out var guid) ? guid : null;
}

/// <summary>A job referenced from <see cref="ParentRunFacet"/> (spec parent <c>job</c> and <c>RootJob</c>).</summary>
public sealed record ParentRunFacetJob : OpenLineageElement
{
    /// <summary>JSON <c>namespace</c>: namespace of the referenced job.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>JSON <c>name</c>: name of the referenced job.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>facets</c>: selected facets of the referenced job; empty when absent.</summary>
    [JsonPropertyName("facets")]
    public JobFacets Facets { get; set; } = new();
}

/// <summary>The root run and job of a run hierarchy (spec <c>ParentRunFacet.root</c>).</summary>
public sealed record ParentRunFacetRoot : OpenLineageElement
{
    /// <summary>JSON <c>run</c>: the root run.</summary>
    [JsonPropertyName("run")]
    public ParentRunFacetRun? Run { get; set; }

    /// <summary>JSON <c>job</c>: the root job.</summary>
    [JsonPropertyName("job")]
    public ParentRunFacetJob? Job { get; set; }
}
