using Governance.Web.Catalog.Dtos;
using LineageGraphDto = Governance.Web.Catalog.Dtos.LineageGraph;

namespace Governance.Web.Components.Lineage;

/// <summary>What the lineage explorer draws: the visible nodes and edges, already filtered.</summary>
public sealed record LineageGraphModel(IReadOnlyList<LineageNodeModel> Nodes, IReadOnlyList<LineageEdgeModel> Edges)
{
    public static LineageGraphModel Empty { get; } = new([], []);
}

/// <param name="Id">The read API's node id (<c>dataset:{ns}:{name}</c> or <c>job:{ns}:{name}</c>).</param>
/// <param name="Collapsed">The node's far side (away from the root) is hidden.</param>
public sealed record LineageNodeModel(string Id, LineageNodeKind Kind, string Namespace, string Name, bool IsRoot, bool Collapsed);

/// <param name="CrossCluster">The edge carries data from one namespace (cluster) into another.</param>
public sealed record LineageEdgeModel(string Source, string Target, bool CrossCluster);

public enum LineageNodeKind
{
    Dataset,
    Job,
}

/// <summary>The viewer's choices that shape the drawing without a new query.</summary>
public sealed record LineageView(bool ShowDatasets, bool ShowJobs, IReadOnlySet<string> Collapsed)
{
    public static LineageView Default { get; } = new(true, true, new HashSet<string>());

    /// <summary>Builds the visible graph from the read API's Marquez-shaped answer.</summary>
    public LineageGraphModel Apply(LineageGraphDto graph, string rootId)
    {
        var nodes = graph.Graph.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = graph.Graph.SelectMany(n => n.OutEdges).Where(e => nodes.ContainsKey(e.Destination)).Distinct().ToList();
        var reachable = Reachable(rootId, edges);
        var visibleEdges = new List<LineageEdgeModel>();

        bool Shown(GraphNode node) => reachable.Contains(node.Id) && (IsJob(node) ? ShowJobs : ShowDatasets);

        foreach (var edge in edges.Where(e => reachable.Contains(e.Origin) && reachable.Contains(e.Destination)))
        {
            var (origin, destination) = (nodes[edge.Origin], nodes[edge.Destination]);
            if (Shown(origin) && Shown(destination))
            {
                visibleEdges.Add(new LineageEdgeModel(edge.Origin, edge.Destination, CrossesNamespace(origin, destination, nodes)));
            }
        }

        // A hidden node type is bridged rather than dropped: datasets stay connected through their jobs.
        if (ShowJobs != ShowDatasets)
        {
            foreach (var hidden in graph.Graph.Where(n => reachable.Contains(n.Id) && !Shown(n)))
            {
                foreach (var input in hidden.InEdges.Where(e => reachable.Contains(e.Origin) && Shown(nodes[e.Origin])))
                {
                    foreach (var output in hidden.OutEdges.Where(e => reachable.Contains(e.Destination) && Shown(nodes[e.Destination])))
                    {
                        visibleEdges.Add(new LineageEdgeModel(input.Origin, output.Destination,
                            nodes[input.Origin].Data.Namespace != nodes[output.Destination].Data.Namespace));
                    }
                }
            }
        }

        var visibleNodes = graph.Graph.Where(Shown)
            .Select(n => new LineageNodeModel(n.Id, IsJob(n) ? LineageNodeKind.Job : LineageNodeKind.Dataset,
                n.Data.Namespace, n.Data.Name, n.Id == rootId, Collapsed.Contains(n.Id)))
            .ToList();
        return new LineageGraphModel(visibleNodes, visibleEdges.DistinctBy(e => (e.Source, e.Target)).ToList());
    }

    /// <summary>Nodes reachable from the root without passing through a collapsed node.</summary>
    private HashSet<string> Reachable(string rootId, List<GraphEdge> edges)
    {
        var neighbours = edges.SelectMany(e => new[] { (e.Origin, e.Destination), (e.Destination, e.Origin) }).ToLookup(p => p.Item1, p => p.Item2);
        var seen = new HashSet<string>(StringComparer.Ordinal) { rootId };
        var queue = new Queue<string>([rootId]);
        while (queue.TryDequeue(out var id))
        {
            if (Collapsed.Contains(id) && id != rootId)
            {
                continue;
            }

            foreach (var next in neighbours[id].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }

    /// <summary>
    /// A job edge crosses clusters when the dataset's namespace is not among the namespaces on the
    /// job's other side: a mirror job reading <c>kafka://store-0042</c> and writing <c>kafka://cloud</c>.
    /// </summary>
    private static bool CrossesNamespace(GraphNode origin, GraphNode destination, Dictionary<string, GraphNode> nodes)
    {
        var (job, dataset, datasetIsInput) = IsJob(origin) ? (origin, destination, false) : (destination, origin, true);
        if (!IsJob(job) || IsJob(dataset))
        {
            return origin.Data.Namespace != destination.Data.Namespace;
        }

        var otherSide = (datasetIsInput ? job.OutEdges.Select(e => e.Destination) : job.InEdges.Select(e => e.Origin))
            .Where(nodes.ContainsKey).Select(id => nodes[id].Data.Namespace).ToHashSet(StringComparer.Ordinal);
        return otherSide.Count > 0 && !otherSide.Contains(dataset.Data.Namespace);
    }

    private static bool IsJob(GraphNode node) => node.Type == "JOB";
}
