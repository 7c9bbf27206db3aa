using System.Text.Json.Serialization;

namespace Governance.Web.Components.Lineage;

/// <summary>A cytoscape.js element definition, as <c>wwwroot/js/lineage-graph.js</c> receives it (camelCase JSON).</summary>
/// <param name="Group"><c>nodes</c> or <c>edges</c>.</param>
/// <param name="Classes">Space-separated style classes (see the script's style sheet).</param>
public sealed record LineageElement(string Group, LineageElementData Data, string Classes);

/// <summary>An element's data; what is null is left out, because cytoscape reads a present <c>parent</c> as a compound parent.</summary>
public sealed record LineageElementData(string Id)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Label { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Name { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Namespace { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Parent { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Source { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Target { get; init; }

    /// <summary>How a field edge transforms its input; shown when the pointer rests on the edge.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Transformation { get; init; }
}

/// <summary>Turns the model into cytoscape.js element definitions.</summary>
public static class LineageElements
{
    public static IReadOnlyList<LineageElement> From(LineageGraphModel graph)
    {
        var elements = new List<LineageElement>(graph.Nodes.Count + graph.Edges.Count);
        foreach (var node in graph.Nodes)
        {
            var classes = new List<string> { node.Kind.ToString().ToLowerInvariant() };
            AddIf(classes, node.IsRoot, "root");
            AddIf(classes, node.Collapsed, "collapsed");
            AddHighlight(classes, node.Highlight);
            elements.Add(new LineageElement("nodes", new LineageElementData(node.Id)
            {
                Label = Label(node),
                Name = node.Name,
                Namespace = node.Namespace,
                Kind = node.Kind.ToString().ToUpperInvariant(),
                Parent = node.Parent,
            }, string.Join(' ', classes)));
        }

        foreach (var edge in graph.Edges)
        {
            var classes = new List<string>();
            AddIf(classes, edge.CrossCluster, "cross-cluster");
            AddIf(classes, edge.Indirect, "indirect");
            AddIf(classes, edge.Masked, "masked");
            AddHighlight(classes, edge.Highlight);
            elements.Add(new LineageElement("edges", new LineageElementData(EdgeId(edge))
            {
                Source = edge.Source,
                Target = edge.Target,
                Transformation = edge.Transformation,
            }, string.Join(' ', classes)));
        }

        return elements;
    }

    /// <summary>The id the script gives an edge: <c>{source}->{target}</c>.</summary>
    public static string EdgeId(LineageEdgeModel edge) => $"{edge.Source}->{edge.Target}";

    // Two lines: the name, and what tells it apart (the namespace of a cluster, or a field's type).
    private static string Label(LineageNodeModel node) => node.Kind == LineageNodeKind.Field
        ? node.FieldType is { Length: > 0 } type ? $"{node.Name}\n{type}" : node.Name
        : $"{node.Name}\n{node.Namespace}";

    private static void AddHighlight(List<string> classes, LineageHighlight highlight)
    {
        switch (highlight)
        {
            case LineageHighlight.Pii:
                classes.Add("pii");
                break;
            case LineageHighlight.Path:
                classes.Add("pii-path");
                break;
            case LineageHighlight.Dimmed:
                classes.Add("dimmed");
                break;
        }
    }

    private static void AddIf(List<string> classes, bool condition, string name)
    {
        if (condition)
        {
            classes.Add(name);
        }
    }
}
