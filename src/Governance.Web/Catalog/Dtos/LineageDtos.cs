namespace Governance.Web.Catalog.Dtos;

/// <summary>A lineage graph, Marquez-shaped.</summary>
public sealed record LineageGraph(IReadOnlyList<GraphNode> Graph);

/// <summary>A node; <see cref="Data"/> is a <see cref="GraphNodeData"/>.</summary>
public sealed record GraphNode(string Id, string Type, GraphNodeData Data, IReadOnlyList<GraphEdge> InEdges, IReadOnlyList<GraphEdge> OutEdges);

/// <summary>What the graph needs to draw a node.</summary>
/// <param name="Tags">The node's tags and classifications (e.g. <c>PII</c>), distinct and sorted, as Marquez lists a dataset's tags.</param>
public sealed record GraphNodeData(string Namespace, string Name, string? Type, string? Description, DateTime UpdatedAt, IReadOnlyList<string> Tags);

/// <summary>A directed edge in the direction data flows.</summary>
public sealed record GraphEdge(string Origin, string Destination);

/// <summary>
/// The instants at which the lineage around a node changed (an edge opened or closed), oldest
/// first, so a time control can step from one version of the graph to the next.
/// </summary>
public sealed record LineageTimeline(string NodeId, IReadOnlyList<DateTime> Changes);
