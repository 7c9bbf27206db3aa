namespace Governance.Model.OpenLineage;

/// <summary>The three OpenLineage event types of spec 2-0-2.</summary>
public enum OpenLineageEventKind
{
    /// <summary>A <see cref="RunEvent"/>: a state transition of one run of a job.</summary>
    Run,

    /// <summary>A <see cref="DatasetEvent"/>: static metadata about a dataset, outside any run.</summary>
    Dataset,

    /// <summary>A <see cref="JobEvent"/>: static metadata about a job and its datasets, outside any run.</summary>
    Job,
}
