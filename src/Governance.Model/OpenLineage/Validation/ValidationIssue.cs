namespace Governance.Model.OpenLineage.Validation;

/// <summary>
/// One problem found by <see cref="OpenLineageValidator"/>, reported either as an error or as a warning
/// (see <see cref="ValidationResult.Errors"/> and <see cref="ValidationResult.Warnings"/>).
/// </summary>
/// <param name="Path">
/// JSON path of the offending value, rooted at <c>$</c> (the event), e.g. <c>$.run.facets.parent.run.runId</c> or
/// <c>$.inputs[0].inputFacets.dataQualityMetrics.columnMetrics</c>. For a missing required property the path names
/// the property that is missing. Member names that are not plain identifiers use bracket notation, e.g.
/// <c>$.run.facets['spark.logicalPlan']._producer</c>.
/// </param>
/// <param name="Message">Human-readable description, e.g. <c>required property 'runId' is missing</c>.</param>
/// <param name="Schema">
/// Name of the schema definition whose rule was violated (e.g. <c>Run</c>, <c>BaseFacet</c>,
/// <c>ParentRunFacet</c>, <c>OwnershipJobFacet</c>), or <see langword="null"/> when the issue does not come from
/// a schema rule (e.g. unparsable JSON).
/// </param>
public sealed record ValidationIssue(string Path, string Message, string? Schema)
{
    /// <inheritdoc />
    public override string ToString() => Schema is null ? $"{Path}: {Message}" : $"{Path}: {Message} [{Schema}]";
}
