namespace Governance.Web.Data.Entities;

/// <summary>A run of a job, with its latest state; the transitions are in <see cref="States"/>.</summary>
public sealed class RunEntity
{
    public long Id { get; set; }

    /// <summary>The producer's run id (a UUID by the spec; kept as sent).</summary>
    public required string RunId { get; set; }
    public long JobId { get; set; }
    public JobEntity Job { get; set; } = null!;
    public string? State { get; set; }

    /// <summary>Event time of the event that set <see cref="State"/>, so late events do not overwrite newer states.</summary>
    public DateTime? StateAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public DateTime? NominalStartTime { get; set; }
    public DateTime? NominalEndTime { get; set; }
    public string? ParentRunId { get; set; }

    /// <summary>Latest value of every run facet (JSON object).</summary>
    public required string FacetsJson { get; set; }

    /// <summary>Every input this run has declared so far (JSON array of <c>{namespace, name}</c>).</summary>
    public required string InputsJson { get; set; }

    /// <summary>Every output this run has declared so far (JSON array of <c>{namespace, name}</c>).</summary>
    public required string OutputsJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<RunStateTransition> States { get; set; } = [];
}
