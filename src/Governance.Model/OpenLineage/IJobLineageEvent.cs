namespace Governance.Model.OpenLineage;

/// <summary>
/// The job-and-datasets part shared by <see cref="RunEvent"/> and <see cref="JobEvent"/>, so that a projection can
/// derive job → dataset edges from both without a type switch.
/// </summary>
public interface IJobLineageEvent
{
    /// <summary>The job the event is about.</summary>
    Job Job { get; }

    /// <summary>Input datasets; empty (never <c>null</c>) when the event has none.</summary>
    List<InputDataset> Inputs { get; }

    /// <summary>Output datasets; empty (never <c>null</c>) when the event has none.</summary>
    List<OutputDataset> Outputs { get; }
}
