using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Web.Ingestion.Projection;

/// <summary>
/// Keeps the latest value of each facet: a newer event's facet replaces the stored one by key, a
/// facet marked <c>"_deleted": true</c> removes it, and facets the event does not mention stay.
/// </summary>
internal static class FacetMerge
{
    public static JsonObject Merge(string storedJson, JsonElement? incoming)
    {
        var stored = JsonNode.Parse(storedJson) as JsonObject ?? [];
        if (incoming is not { ValueKind: JsonValueKind.Object } facets)
        {
            return stored;
        }

        foreach (var facet in facets.EnumerateObject())
        {
            if (facet.Value.ValueKind == JsonValueKind.Object
                && facet.Value.TryGetProperty("_deleted", out var deleted)
                && deleted.ValueKind == JsonValueKind.True)
            {
                stored.Remove(facet.Name);
            }
            else if (facet.Value.ValueKind != JsonValueKind.Null)
            {
                stored[facet.Name] = JsonNode.Parse(facet.Value.GetRawText());
            }
        }

        return stored;
    }
}
