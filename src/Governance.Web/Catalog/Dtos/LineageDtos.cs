namespace Governance.Web.Catalog.Dtos;

/// <summary>A lineage graph, Marquez-shaped.</summary>
public sealed record LineageGraph(IReadOnlyList<GraphNode> Graph);

/// <summary>A node; <see cref="Data"/> is a <see cref="GraphNodeData"/>.</summary>
public sealed record GraphNode(string Id, string Type, GraphNodeData Data, IReadOnlyList<GraphEdge> InEdges, IReadOnlyList<GraphEdge> OutEdges);

/// <summary>What the graph needs to draw a node.</summary>
public sealed record GraphNodeData(string Namespace, string Name, string? Type, string? Description, DateTime UpdatedAt);

/// <summary>A directed edge in the direction data flows.</summary>
public sealed record GraphEdge(string Origin, string Destination);
