using System.Text.Json;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog;

/// <summary>
/// Reads the <c>governance_evidence</c> input or output facet a stored event gave for a dataset: the
/// reasons (a committed offset, a connector's configuration, …) why a job reads or writes it.
/// </summary>
internal static class EvidenceFacets
{
    public const string Key = "governance_evidence";

    /// <summary>The evidence in <paramref name="payload"/> for the dataset on the given side; empty when there is none.</summary>
    public static IReadOnlyList<EvidenceItemDto> Read(string payload, EdgeDirection direction, DatasetIdentities dataset)
    {
        var (listName, facetsName) = direction == EdgeDirection.Input ? ("inputs", "inputFacets") : ("outputs", "outputFacets");
        using var document = JsonDocument.Parse(payload);
        if (!document.RootElement.TryGetProperty(listName, out var datasets) || datasets.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var evidence = new List<EvidenceItemDto>();
        foreach (var entry in datasets.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object
                && dataset.Contains(Text(entry, "namespace"), Text(entry, "name"))
                && entry.TryGetProperty(facetsName, out var facets) && facets.ValueKind == JsonValueKind.Object
                && facets.TryGetProperty(Key, out var facet) && facet.ValueKind == JsonValueKind.Object
                && facet.TryGetProperty("evidence", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                evidence.AddRange(items.EnumerateArray()
                    .Where(i => Text(i, "kind") is not null || Text(i, "detail") is not null)
                    .Select(i => new EvidenceItemDto(Text(i, "kind") ?? "", Text(i, "detail") ?? "")));
            }
        }

        return evidence.Distinct().ToList();
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
