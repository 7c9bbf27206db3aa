namespace Governance.Web.Components.Lineage;

/// <summary>Turns the model into cytoscape.js element definitions (serialized to camelCase JSON).</summary>
internal static class LineageElements
{
    public static IReadOnlyList<object> From(LineageGraphModel graph)
    {
        var elements = new List<object>(graph.Nodes.Count + graph.Edges.Count);
        foreach (var node in graph.Nodes)
        {
            var classes = node.Kind == LineageNodeKind.Job ? "job" : "dataset";
            classes += node.IsRoot ? " root" : string.Empty;
            classes += node.Collapsed ? " collapsed" : string.Empty;
            elements.Add(new
            {
                group = "nodes",
                // Two lines: the name, and the namespace that tells the clusters apart.
                data = new { id = node.Id, label = $"{node.Name}\n{node.Namespace}", name = node.Name, @namespace = node.Namespace, kind = node.Kind.ToString().ToUpperInvariant() },
                classes,
            });
        }

        foreach (var edge in graph.Edges)
        {
            elements.Add(new
            {
                group = "edges",
                data = new { id = $"{edge.Source}->{edge.Target}", source = edge.Source, target = edge.Target },
                classes = edge.CrossCluster ? "cross-cluster" : string.Empty,
            });
        }

        return elements;
    }
}
