namespace Governance.Web.Data.Entities;

/// <summary>
/// A field-level lineage edge from the <c>columnLineage</c> facet of an output dataset: the output field
/// <see cref="OutputField"/> of <see cref="OutputDatasetId"/> is computed from (or filtered by) the input
/// field. Valid from <see cref="ValidFrom"/> until <see cref="ValidTo"/> (open when null), like
/// <see cref="LineageEdge"/>: a newer facet for the same dataset that no longer lists it closes it.
/// </summary>
/// <remarks>
/// The input side is kept by name rather than by dataset id: producers name input datasets that may
/// never be reported on their own, and the graph is walked by (namespace, name, field) anyway.
/// </remarks>
public sealed class ColumnLineageEdge
{
    public long Id { get; set; }
    public long OutputDatasetId { get; set; }
    public DatasetEntity OutputDataset { get; set; } = null!;
    public required string OutputField { get; set; }
    public required string InputNamespace { get; set; }
    public required string InputName { get; set; }
    public required string InputField { get; set; }

    /// <summary><c>DIRECT</c> or <c>INDIRECT</c>, or the deprecated field-level <c>IDENTITY</c>/<c>MASKED</c>; null when unstated.</summary>
    public string? TransformationType { get; set; }
    public string? TransformationSubtype { get; set; }
    public string? TransformationDescription { get; set; }
    public bool? Masking { get; set; }
    public DateTime ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }
    public DateTime LastSeenAt { get; set; }

    /// <summary>The event that first reported this edge (evidence).</summary>
    public long RawEventId { get; set; }
}
