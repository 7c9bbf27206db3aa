namespace Governance.Web.Data.Entities;

/// <summary>One reported state of a run (START, RUNNING, COMPLETE, FAIL, ABORT, OTHER).</summary>
public sealed class RunStateTransition
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string State { get; set; }
    public DateTime TransitionedAt { get; set; }
    public long RawEventId { get; set; }
}
