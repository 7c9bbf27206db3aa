using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>JobTypeJobFacet</c> (key <c>jobType</c>): processing type, integration and job type.</summary>
public sealed record JobTypeJobFacet : JobFacet
{
    /// <summary><see cref="ProcessingType"/> of finite jobs with START/COMPLETE/FAIL/ABORT events.</summary>
    public const string Batch = "BATCH";

    /// <summary><see cref="ProcessingType"/> of continuous stream-processing jobs.</summary>
    public const string Streaming = "STREAMING";

    /// <summary><see cref="ProcessingType"/> of continuous long-running services.</summary>
    public const string Service = "SERVICE";

    /// <summary>JSON <c>processingType</c>: <c>BATCH</c>, <c>STREAMING</c> or <c>SERVICE</c> (required by the spec).</summary>
    [JsonPropertyName("processingType")]
    public string? ProcessingType { get; set; }

    /// <summary>JSON <c>integration</c>: e.g. <c>SPARK</c>, <c>FLINK</c>, <c>AIRFLOW</c>, <c>DBT</c> (required by the spec).</summary>
    [JsonPropertyName("integration")]
    public string? Integration { get; set; }

    /// <summary>JSON <c>jobType</c>: integration-specific, e.g. <c>QUERY</c>, <c>DAG</c>, <c>TASK</c>, <c>SQL_JOB</c>.</summary>
    [JsonPropertyName("jobType")]
    public string? JobType { get; set; }

    /// <summary>JSON <c>emissionPattern</c>: when and how the job emits events.</summary>
    [JsonPropertyName("emissionPattern")]
    public JobEmissionPattern? EmissionPattern { get; set; }
}

/// <summary>How a job emits events (part of <see cref="JobTypeJobFacet"/>).</summary>
public sealed record JobEmissionPattern : OpenLineageElement
{
    /// <summary>JSON <c>eventTrigger</c>: <c>EVENT_BASED</c> or <c>PERIODIC</c>.</summary>
    [JsonPropertyName("eventTrigger")]
    public string? EventTrigger { get; set; }

    /// <summary>JSON <c>eventContentMode</c>: <c>ACCUMULATIVE</c> or <c>COMPLETE_SNAPSHOT</c>.</summary>
    [JsonPropertyName("eventContentMode")]
    public string? EventContentMode { get; set; }

    /// <summary>JSON <c>windowDuration</c>: seconds between periodic emissions.</summary>
    [JsonPropertyName("windowDuration")]
    public long? WindowDuration { get; set; }
}
