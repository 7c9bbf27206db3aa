using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Collector.Emission;

/// <summary>Builds our <c>governance_</c> facets as JSON with their <c>_producer</c> and <c>_schemaURL</c>.</summary>
internal static class CustomFacets
{
    public static JsonElement Build(EmissionContext context, GovernanceFacet facet, JsonObject body)
    {
        var (producer, schemaUrl) = context.Custom(facet);
        var json = new JsonObject { ["_producer"] = producer, ["_schemaURL"] = schemaUrl };
        foreach (var (key, value) in body)
        {
            json[key] = value?.DeepClone();
        }

        return JsonSerializer.SerializeToElement(json);
    }

    public static JsonObject ToJsonObject(IReadOnlyDictionary<string, string> values)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = value;
        }

        return result;
    }
}
