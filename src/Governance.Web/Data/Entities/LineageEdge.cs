namespace Governance.Web.Data.Entities;

/// <summary>
/// A lineage edge between a job and a dataset, valid from <see cref="ValidFrom"/> until
/// <see cref="ValidTo"/> (open when null), so the graph can be read as of any past instant.
/// </summary>
public sealed class LineageEdge
{
    public long Id { get; set; }
    public long JobId { get; set; }
    public JobEntity Job { get; set; } = null!;
    public long DatasetId { get; set; }
    public DatasetEntity Dataset { get; set; } = null!;
    public EdgeDirection Direction { get; set; }
    public DateTime ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }

    /// <summary>The latest event time that confirmed this edge.</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>The event that first reported this edge (evidence).</summary>
    public long RawEventId { get; set; }

    /// <summary>
    /// The event whose projection last created or changed this edge, so readers that keep the graph
    /// in memory can load only what changed since they last looked.
    /// </summary>
    public long ChangedByEventId { get; set; }
}

/// <summary>Which way data flows along an edge.</summary>
public enum EdgeDirection
{
    /// <summary>Dataset → job: the job reads the dataset.</summary>
    Input = 0,
    /// <summary>Job → dataset: the job writes the dataset.</summary>
    Output = 1,
}
