using System.Text.Json;

namespace Governance.Web.Catalog;

/// <summary>Reads the few facet values the read API surfaces from a stored facets object.</summary>
internal static class FacetReaders
{
    public static IReadOnlyList<string> Tags(JsonElement? facets)
    {
        if (facets is not { ValueKind: JsonValueKind.Object } f
            || !f.TryGetProperty("tags", out var tags)
            || !tags.TryGetProperty("tags", out var list)
            || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.EnumerateArray()
            .Select(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("key", out var key)
                ? t.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } v
                    ? $"{key.GetString()}:{v}"
                    : key.GetString() ?? string.Empty
                : t.ToString())
            .Where(t => t.Length > 0)
            .ToList();
    }

    public static string? LifecycleState(JsonElement? facets) =>
        facets is { ValueKind: JsonValueKind.Object } f
        && f.TryGetProperty("lifecycleStateChange", out var lifecycle)
        && lifecycle.TryGetProperty("lifecycleStateChange", out var state)
            ? state.GetString()
            : null;
}
