namespace Governance.Web.Data.Entities;

/// <summary>A job (consumer group, stream processor, connector, batch task) as currently known.</summary>
public sealed class JobEntity
{
    public long Id { get; set; }
    public int NamespaceId { get; set; }
    public NamespaceEntity Namespace { get; set; } = null!;
    public required string Name { get; set; }

    /// <summary>BATCH or STREAMING, from the <c>jobType</c> facet's processing type.</summary>
    public string? Type { get; set; }

    /// <summary>The <c>jobType</c> facet's integration and job type, e.g. <c>SPARK / SQL_JOB</c>.</summary>
    public string? Integration { get; set; }
    public string? Description { get; set; }

    /// <summary>Latest value of every facet seen for this job (JSON object).</summary>
    public required string FacetsJson { get; set; }
    /// <summary>Number of the current <see cref="JobVersion"/> (0 until the first one).</summary>
    public int CurrentVersion { get; set; }
    public string? LatestRunId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>When a producer reported the job dropped; null while it exists.</summary>
    public DateTime? DeletedAt { get; set; }
}
