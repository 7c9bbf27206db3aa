namespace Governance.Web.Data.Entities;

/// <summary>A version of a job: a new one starts whenever its set of inputs and outputs changes.</summary>
public sealed class JobVersion
{
    public long Id { get; set; }
    public long JobId { get; set; }
    public JobEntity Job { get; set; } = null!;
    public int Version { get; set; }

    /// <summary>SHA-256 of the sorted inputs and outputs.</summary>
    public required string IoHash { get; set; }

    /// <summary>JSON array of <c>{namespace, name}</c>.</summary>
    public required string InputsJson { get; set; }

    /// <summary>JSON array of <c>{namespace, name}</c>.</summary>
    public required string OutputsJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? RunId { get; set; }
}
