namespace Governance.Web.Components.Lineage;

/// <summary>What the lineage explorer draws: the visible nodes and edges, already filtered.</summary>
public sealed record LineageGraphModel(IReadOnlyList<LineageNodeModel> Nodes, IReadOnlyList<LineageEdgeModel> Edges)
{
    public static LineageGraphModel Empty { get; } = new([], []);
}

/// <param name="Id">The read API's node id (<c>dataset:{ns}:{name}</c>, <c>job:{ns}:{name}</c> or <c>datasetField:{ns}:{name}:{field}</c>).</param>
/// <param name="Name">The dataset or job name; for a field, the field's name.</param>
/// <param name="Collapsed">The node's far side (away from the root) is hidden.</param>
public sealed record LineageNodeModel(string Id, LineageNodeKind Kind, string Namespace, string Name, bool IsRoot, bool Collapsed)
{
    /// <summary>The node drawn around this one: a field's dataset (a compound node) in column mode.</summary>
    public string? Parent { get; init; }

    /// <summary>A field's dataset name.</summary>
    public string? Dataset { get; init; }

    /// <summary>A field's type from the dataset's schema.</summary>
    public string? FieldType { get; init; }

    /// <summary>The node itself is tagged or classified as personal data.</summary>
    public bool Pii { get; init; }

    /// <summary>Its place in the PII highlighting; <see cref="LineageHighlight.None"/> when highlighting is off.</summary>
    public LineageHighlight Highlight { get; init; }

    /// <summary>A field's input fields and how it is computed from each (column mode).</summary>
    public IReadOnlyList<LineageFieldInput> Inputs { get; init; } = [];
}

/// <param name="CrossCluster">The edge carries data from one namespace (cluster) into another.</param>
public sealed record LineageEdgeModel(string Source, string Target, bool CrossCluster)
{
    /// <summary>How the target field is computed from the source field (<c>DIRECT/IDENTITY</c>), column mode only.</summary>
    public string? Transformation { get; init; }

    /// <summary>The source field only influences the target (a filter, a join key), it is not copied into it.</summary>
    public bool Indirect { get; init; }

    /// <summary>Every transformation masks the value, so personal data does not pass along this edge.</summary>
    public bool Masked { get; init; }

    /// <summary>Its place in the PII highlighting; <see cref="LineageHighlight.None"/> when highlighting is off.</summary>
    public LineageHighlight Highlight { get; init; }
}

/// <summary>An input field of a field node, for the node panel.</summary>
/// <param name="NodeId">The input field's node id.</param>
/// <param name="Transformation">Its transformations, e.g. <c>DIRECT/AGGREGATION</c>, comma-separated.</param>
public sealed record LineageFieldInput(string NodeId, string Dataset, string Field, string? Transformation);

public enum LineageNodeKind
{
    Dataset,
    Job,
    Field,
}

/// <summary>How PII highlighting shows an element.</summary>
public enum LineageHighlight
{
    /// <summary>Highlighting is off.</summary>
    None,

    /// <summary>Tagged as personal data itself.</summary>
    Pii,

    /// <summary>Downstream of personal data: data from a PII node flows through it.</summary>
    Path,

    /// <summary>Not touched by personal data.</summary>
    Dimmed,
}
