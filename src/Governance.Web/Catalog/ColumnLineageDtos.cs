namespace Governance.Web.Catalog.Dtos;

/// <summary>A column lineage graph, Marquez-shaped (<c>GET /api/v1/column-lineage</c>).</summary>
public sealed record ColumnLineageGraph(IReadOnlyList<ColumnLineageNode> Graph);

/// <summary>A <c>DATASET_FIELD</c> node; edges run from an input field to the field computed from it.</summary>
public sealed record ColumnLineageNode(
    string Id, string Type, ColumnLineageNodeData Data, IReadOnlyList<GraphEdge> InEdges, IReadOnlyList<GraphEdge> OutEdges);

/// <summary>
/// A field and the input fields it is computed from. <see cref="TransformationType"/> and
/// <see cref="TransformationDescription"/> are Marquez's field-level values: set when every input agrees.
/// </summary>
public sealed record ColumnLineageNodeData(
    string Namespace,
    string Dataset,
    string Field,
    string? FieldType,
    string? TransformationDescription,
    string? TransformationType,
    IReadOnlyList<ColumnLineageInputField> InputFields);

/// <summary>An input field of a node, with every transformation reported for it.</summary>
public sealed record ColumnLineageInputField(
    string Namespace,
    string Dataset,
    string Field,
    string? TransformationDescription,
    string? TransformationType,
    IReadOnlyList<ColumnLineageTransformation> Transformations);

/// <summary>One transformation (<c>DIRECT</c>/<c>INDIRECT</c> with a subtype such as <c>IDENTITY</c> or <c>FILTER</c>).</summary>
public sealed record ColumnLineageTransformation(string? Type, string? Subtype, string? Description, bool? Masking);
