using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Web.BrowserTests.Journey;

/// <summary>A lineage graph as node ids and "origin->destination" edge ids.</summary>
public sealed record LineageIds(IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges);

/// <summary>What the portal's read API says the lineage graph is, to hold the explorer's drawing against.</summary>
public static class LineageReads
{
    public static async Task<LineageIds> GraphAsync(Uri portal, string nodeId, int depth, DateTimeOffset? asOf = null)
    {
        var url = $"api/v1/lineage?nodeId={Uri.EscapeDataString(nodeId)}&depth={depth.ToString(CultureInfo.InvariantCulture)}";
        if (asOf is { } instant)
        {
            url += "&asOf=" + Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        var nodes = await NodesAsync(portal, url);
        return new LineageIds(Sorted(nodes.Select(n => n.GetProperty("id").GetString()!)), Edges(nodes));
    }

    /// <summary>
    /// The field graph of a dataset's fields, upstream and downstream, as column mode draws it: the
    /// fields, and around them (compound nodes) the datasets they belong to.
    /// </summary>
    public static async Task<LineageIds> ColumnsAsync(Uri portal, string datasetNodeId, int depth)
    {
        var url = $"api/v1/column-lineage?nodeId={Uri.EscapeDataString(datasetNodeId)}&depth={depth.ToString(CultureInfo.InvariantCulture)}&withDownstream=true";
        var fields = await NodesAsync(portal, url);
        var datasets = fields.Select(f => f.GetProperty("data"))
            .Select(d => $"dataset:{d.GetProperty("namespace").GetString()}:{d.GetProperty("dataset").GetString()}");
        return new LineageIds(Sorted(fields.Select(n => n.GetProperty("id").GetString()!).Concat(datasets)), Edges(fields));
    }

    private static async Task<List<JsonElement>> NodesAsync(Uri portal, string url)
    {
        using var http = new HttpClient { BaseAddress = portal };
        return (await http.GetFromJsonAsync<JsonElement>(url)).GetProperty("graph").EnumerateArray().ToList();
    }

    private static List<string> Edges(IEnumerable<JsonElement> nodes) =>
        Sorted(nodes.SelectMany(n => n.GetProperty("outEdges").EnumerateArray())
            .Select(e => $"{e.GetProperty("origin").GetString()}->{e.GetProperty("destination").GetString()}"));

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
