using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Posting events and reading <c>/api/v1/lineage</c> answers as short, comparable text.</summary>
internal static class LineageGraphJson
{
    /// <summary>Posts an event and returns the id the portal gave it.</summary>
    public static async Task<long> PostAsync(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("eventId").GetInt64();
    }

    public static async Task<JsonElement> GraphAsync(HttpClient client, string nodeId, int depth, DateTimeOffset? asOf = null)
    {
        var url = $"/api/v1/lineage?nodeId={Segment(nodeId)}&depth={depth}" + (asOf is { } t ? $"&asOf={Segment(t.ToString("O"))}" : "");
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>Every edge as <c>origin&gt;destination</c> with the namespace left out, sorted; checks in- and out-edges agree.</summary>
    public static List<string> Edges(JsonElement graph, string ns)
    {
        var outEdges = new List<string>();
        var inEdges = new List<string>();
        foreach (var node in graph.GetProperty("graph").EnumerateArray())
        {
            outEdges.AddRange(node.GetProperty("outEdges").EnumerateArray().Select(e => Edge(e, ns)));
            inEdges.AddRange(node.GetProperty("inEdges").EnumerateArray().Select(e => Edge(e, ns)));
        }

        outEdges.Sort(StringComparer.Ordinal);
        inEdges.Sort(StringComparer.Ordinal);
        Assert.Equal(outEdges, inEdges);
        return outEdges;
    }

    /// <summary>Node ids with the namespace left out, sorted.</summary>
    public static List<string> Nodes(JsonElement graph, string ns) =>
        graph.GetProperty("graph").EnumerateArray().Select(n => Short(n.GetProperty("id").GetString()!, ns)).Order(StringComparer.Ordinal).ToList();

    public static JsonElement Node(JsonElement graph, string nodeId) =>
        graph.GetProperty("graph").EnumerateArray().Single(n => n.GetProperty("id").GetString() == nodeId);

    private static string Edge(JsonElement edge, string ns) =>
        $"{Short(edge.GetProperty("origin").GetString()!, ns)}>{Short(edge.GetProperty("destination").GetString()!, ns)}";

    private static string Short(string nodeId, string ns) =>
        nodeId.Replace($"dataset:{ns}:", "", StringComparison.Ordinal).Replace($"job:{ns}:", "", StringComparison.Ordinal);
}
