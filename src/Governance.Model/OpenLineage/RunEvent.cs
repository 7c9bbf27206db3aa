using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>RunEvent</c>: a state transition (<see cref="EventType"/>) of one <see cref="Run"/> of a <see cref="Job"/>.</summary>
public sealed record RunEvent : OpenLineageEvent, IJobLineageEvent
{
    /// <summary>Creates an empty run event.</summary>
    public RunEvent()
        : base(OpenLineageEventKind.Run)
    {
    }

    /// <summary>JSON <c>eventType</c>: see <see cref="EventTypes"/>. Optional in the spec; unknown values are kept as sent.</summary>
    [JsonPropertyName("eventType")]
    public string? EventType { get; set; }

    /// <summary>JSON <c>run</c>: the run this event belongs to.</summary>
    [JsonPropertyName("run")]
    public Run Run { get; set; } = new();

    /// <summary>JSON <c>job</c>: the job that was run.</summary>
    [JsonPropertyName("job")]
    public Job Job { get; set; } = new();

    /// <summary>JSON <c>inputs</c>; empty when absent (and then not written back).</summary>
    [JsonPropertyName("inputs")]
    public List<InputDataset> Inputs { get; set; } = [];

    /// <summary>JSON <c>outputs</c>; empty when absent (and then not written back).</summary>
    [JsonPropertyName("outputs")]
    public List<OutputDataset> Outputs { get; set; } = [];

    /// <summary>Whether <see cref="EventType"/> ends the run (<c>COMPLETE</c>, <c>ABORT</c>, <c>FAIL</c>).</summary>
    [JsonIgnore]
    public bool IsTerminal => EventTypes.IsTerminal(EventType);
}
