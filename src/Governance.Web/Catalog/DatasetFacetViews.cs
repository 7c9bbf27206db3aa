using System.Globalization;
using System.Text.Json;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog;

/// <summary>
/// What a dataset page shows from the dataset's stored facets beyond Marquez's shape: owners, domains,
/// classifications and field tags (all decided by <see cref="CatalogLabels"/>), and the collector's
/// <c>governance_topic</c> facet. Read leniently: a facet of another shape is left out, not an error.
/// </summary>
internal static class DatasetFacetViews
{
    public const string TopicFacet = "governance_topic";

    /// <summary>The labels a field carries, by dotted path: classifications first, then free tags.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> FieldTags(IReadOnlyList<CatalogLabel> labels) =>
        labels.Where(l => l.Field is not null && l.Kind is CatalogTermKind.Classification or CatalogTermKind.Tag)
            .GroupBy(l => l.Field!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.OrderBy(l => l.Kind == CatalogTermKind.Classification ? 0 : 1)
                    .Select(l => l.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                StringComparer.Ordinal);

    /// <summary>The dataset with its owners, domains, classifications and topic filled in.</summary>
    public static DatasetDto WithGovernance(DatasetDto dataset, IReadOnlyList<CatalogLabel> labels, JsonElement? facets) => dataset with
    {
        Owners = Values(labels, CatalogTermKind.Owner),
        Domains = Values(labels, CatalogTermKind.Domain),
        FreeTags = Values(labels, CatalogTermKind.Tag),
        Classifications = labels.Where(l => l.Kind == CatalogTermKind.Classification)
            .GroupBy(l => l.Value, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ClassificationDto(
                g.Key,
                g.Any(l => l.Field is null),
                g.Where(l => l.Field is not null).Select(l => l.Field!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList(),
        Topic = Topic(facets),
    };

    /// <summary>The <c>governance_topic</c> facet, or null when absent or not an object.</summary>
    public static TopicDto? Topic(JsonElement? facets)
    {
        if (facets is not { ValueKind: JsonValueKind.Object } f
            || !f.TryGetProperty(TopicFacet, out var topic) || topic.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var cluster = topic.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        var configs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (topic.TryGetProperty("configs", out var configObject) && configObject.ValueKind == JsonValueKind.Object)
        {
            foreach (var config in configObject.EnumerateObject())
            {
                configs[config.Name] = config.Value.ValueKind == JsonValueKind.String ? config.Value.GetString()! : config.Value.GetRawText();
            }
        }

        return new TopicDto(
            Text(cluster, "alias"), Text(cluster, "clusterId"),
            (int?)Number(topic, "partitions"), (int?)Number(topic, "replicationFactor"), Number(topic, "messages"), configs);
    }

    private static IReadOnlyList<string> Values(IReadOnlyList<CatalogLabel> labels, CatalogTermKind kind) =>
        labels.Where(l => l.Kind == kind && l.Field is null).Select(l => l.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>An integer, also when a producer sent it as a string.</summary>
    private static long? Number(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
