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
        using var http = new HttpClient { BaseAddress = portal };
        var url = $"api/v1/lineage?nodeId={Uri.EscapeDataString(nodeId)}&depth={depth.ToString(CultureInfo.InvariantCulture)}";
        if (asOf is { } instant)
        {
            url += "&asOf=" + Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        var nodes = (await http.GetFromJsonAsync<JsonElement>(url)).GetProperty("graph").EnumerateArray().ToList();
        return new LineageIds(
            nodes.Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList(),
            nodes.SelectMany(n => n.GetProperty("outEdges").EnumerateArray())
                .Select(e => $"{e.GetProperty("origin").GetString()}->{e.GetProperty("destination").GetString()}")
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList());
    }
}
