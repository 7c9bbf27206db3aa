namespace Governance.Collector.Outbox;

/// <summary>An event the receiver refused for good, with its reasons.</summary>
/// <param name="Entry">The refused event.</param>
/// <param name="Reason">Summary of why, e.g. "rejected by the portal".</param>
/// <param name="Errors">The receiver's detailed errors; empty when it gave none.</param>
public sealed record RejectedEvent(OutboxEntry Entry, string Reason, IReadOnlyList<DeliveryIssue> Errors);

/// <summary>One problem the receiver found in an event (the portal's validation issue).</summary>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.run.runId</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Schema">The schema rule that failed, when the receiver names one.</param>
public sealed record DeliveryIssue(string Path, string Message, string? Schema)
{
    /// <inheritdoc />
    public override string ToString() => Schema is null ? $"{Path}: {Message}" : $"{Path}: {Message} [{Schema}]";
}
