using Governance.Model.OpenLineage.Validation;

namespace Governance.Web.Ingestion;

/// <summary>What happened to one submitted event.</summary>
public enum IngestionStatus
{
    /// <summary>New event: stored raw and projected.</summary>
    Stored,
    /// <summary>Already received earlier: nothing changed.</summary>
    Duplicate,
    /// <summary>Invalid: nothing stored.</summary>
    Rejected,
}

/// <summary>The result of ingesting one event.</summary>
public sealed record IngestionOutcome(
    IngestionStatus Status,
    long? EventId,
    IReadOnlyList<ValidationIssue> Errors,
    IReadOnlyList<ValidationIssue> Warnings)
{
    public static IngestionOutcome Rejected(IReadOnlyList<ValidationIssue> errors, IReadOnlyList<ValidationIssue>? warnings = null) =>
        new(IngestionStatus.Rejected, null, errors, warnings ?? []);
}
