using Governance.Model.OpenLineage.Validation;

namespace Governance.Web.Ingestion;

/// <summary>Answer to a single accepted event.</summary>
public sealed record IngestionResponse(string Status, long? EventId, IReadOnlyList<ValidationIssue> Warnings);

/// <summary>Answer to a batch: one result per submitted event, in order.</summary>
public sealed record BatchIngestionResponse(int Stored, int Duplicates, int Rejected, IReadOnlyList<BatchItemResult> Results);

/// <summary>The result for the event at <see cref="Index"/> in the batch.</summary>
public sealed record BatchItemResult(
    int Index, string Status, long? EventId, IReadOnlyList<ValidationIssue> Errors, IReadOnlyList<ValidationIssue> Warnings);
