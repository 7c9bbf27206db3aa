using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests;

/// <summary>What the tests read back from the portal's API.</summary>
public static class PortalReads
{
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public static async Task<List<JsonElement>> AllRawEventsAsync(HttpClient portal)
    {
        var events = new List<JsonElement>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = await portal.GetFromJsonAsync<JsonElement>($"/api/v1/events/lineage?limit=1000&offset={offset}&sortDirection=asc");
            var batch = page.GetProperty("events").EnumerateArray().ToList();
            events.AddRange(batch);
            if (batch.Count < 1000)
            {
                return events;
            }
        }
    }

    public static async Task<JsonElement?> JobAsync(HttpClient portal, string ns, string name)
    {
        var response = await portal.GetAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/{Segment(name)}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public static async Task<JsonElement?> DatasetAsync(HttpClient portal, string ns, string name)
    {
        var response = await portal.GetAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/{Segment(name)}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public static IReadOnlySet<(string Namespace, string Name)> Ids(JsonElement job, string property) =>
        job.GetProperty(property).EnumerateArray()
            .Select(d => (d.GetProperty("namespace").GetString()!, d.GetProperty("name").GetString()!))
            .ToHashSet();

    public static async Task<List<string>> GraphAsync(HttpClient portal, string nodeId, int depth = 1) =>
        (await portal.GetFromJsonAsync<JsonElement>($"/api/v1/lineage?nodeId={Segment(nodeId)}&depth={depth}"))
            .GetProperty("graph").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
}
