using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// A spec <c>JobEvent</c>: static metadata about a job and its datasets, not tied to a run. Some producers also send
/// an <c>eventType</c> here; it is kept in <see cref="OpenLineageElement.AdditionalProperties"/>.
/// </summary>
public sealed record JobEvent : OpenLineageEvent, IJobLineageEvent
{
    /// <summary>Creates an empty job event.</summary>
    public JobEvent()
        : base(OpenLineageEventKind.Job)
    {
    }

    /// <summary>JSON <c>job</c>: the job described.</summary>
    [JsonPropertyName("job")]
    public Job Job { get; set; } = new();

    /// <summary>JSON <c>inputs</c>; empty when absent (and then not written back).</summary>
    [JsonPropertyName("inputs")]
    public List<InputDataset> Inputs { get; set; } = [];

    /// <summary>JSON <c>outputs</c>; empty when absent (and then not written back).</summary>
    [JsonPropertyName("outputs")]
    public List<OutputDataset> Outputs { get; set; } = [];
}
