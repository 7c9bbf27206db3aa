using System.Text.Json;

namespace Governance.Web.Catalog;

/// <summary>Reads the JSON text columns back as detached elements for API responses.</summary>
internal static class JsonColumns
{
    public static JsonElement? Element(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<long> Ids(string json) =>
        JsonSerializer.Deserialize<List<long>>(json) ?? [];
}
