using Governance.Web.Catalog.Dtos;
using LineageGraphDto = Governance.Web.Catalog.Dtos.LineageGraph;

namespace Governance.Web.Components.Lineage;

/// <summary>The viewer's choices that shape the dataset and job drawing without a new query.</summary>
/// <param name="HighlightPii">Mark nodes tagged PII and everything their data flows into; dim the rest.</param>
public sealed record LineageView(bool ShowDatasets, bool ShowJobs, IReadOnlySet<string> Collapsed, bool HighlightPii = false)
{
    public static LineageView Default { get; } = new(true, true, new HashSet<string>());

    /// <summary>Builds the visible graph from the read API's Marquez-shaped answer.</summary>
    public LineageGraphModel Apply(LineageGraphDto graph, string rootId)
    {
        var nodes = graph.Graph.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = graph.Graph.SelectMany(n => n.OutEdges).Where(e => nodes.ContainsKey(e.Destination)).Distinct().ToList();
        var reachable = Reachable(rootId, edges);
        var tagged = graph.Graph.Where(n => LineagePii.IsTagged(n.Data.Tags)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        // Computed over the whole answer, not the visible part: a hidden job still carries the data.
        var tainted = HighlightPii ? LineagePii.Downstream(tagged, edges.Select(e => (e.Origin, e.Destination))) : [];
        var visibleEdges = new List<LineageEdgeModel>();

        bool Shown(GraphNode node) => reachable.Contains(node.Id) && (IsJob(node) ? ShowJobs : ShowDatasets);

        foreach (var edge in edges.Where(e => reachable.Contains(e.Origin) && reachable.Contains(e.Destination)))
        {
            var (origin, destination) = (nodes[edge.Origin], nodes[edge.Destination]);
            if (Shown(origin) && Shown(destination))
            {
                visibleEdges.Add(new LineageEdgeModel(edge.Origin, edge.Destination, CrossesNamespace(origin, destination, nodes))
                {
                    Highlight = LineagePii.EdgeHighlight(HighlightPii, tainted.Contains(edge.Origin)),
                });
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
                        // The bridge carries personal data when its origin does, or when the hidden
                        // node in its middle is where the personal data is.
                        visibleEdges.Add(new LineageEdgeModel(input.Origin, output.Destination,
                            nodes[input.Origin].Data.Namespace != nodes[output.Destination].Data.Namespace)
                        {
                            Highlight = LineagePii.EdgeHighlight(HighlightPii, tainted.Contains(input.Origin) || tagged.Contains(hidden.Id)),
                        });
                    }
                }
            }
        }

        var visibleNodes = graph.Graph.Where(Shown)
            .Select(n => new LineageNodeModel(n.Id, IsJob(n) ? LineageNodeKind.Job : LineageNodeKind.Dataset,
                n.Data.Namespace, n.Data.Name, n.Id == rootId, Collapsed.Contains(n.Id))
            {
                Pii = tagged.Contains(n.Id),
                Highlight = LineagePii.NodeHighlight(HighlightPii, tagged.Contains(n.Id), tainted.Contains(n.Id)),
            })
            .ToList();
        // Two bridges between the same pair (through different hidden nodes) are drawn once; if either
        // carries personal data, the drawn one does.
        var distinctEdges = visibleEdges.GroupBy(e => (e.Source, e.Target))
            .Select(g => g.FirstOrDefault(e => e.Highlight == LineageHighlight.Path) ?? g.First())
            .ToList();
        return new LineageGraphModel(visibleNodes, distinctEdges);
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
