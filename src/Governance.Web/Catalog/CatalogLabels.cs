using System.Collections.Frozen;
using System.Text.Json;
using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog;

/// <summary>An owner, domain, tag or classification read from an entity's facets.</summary>
/// <param name="Field">The field path the label is attached to, or null for the whole entity.</param>
public sealed record CatalogLabel(CatalogTermKind Kind, string Value, string? Field);

/// <summary>
/// Reads the labels a steward filters and searches by from stored facets: owners from
/// <c>ownership</c>, tags and classifications from <c>tags</c> (dataset or field level), and the
/// domain and owner a schema registry subject declares in its metadata properties
/// (<c>governance_schemaRegistry</c>). One place decides what counts as a classification, so the
/// catalog's filters, the dataset page and the lineage graph agree.
/// </summary>
public static class CatalogLabels
{
    /// <summary>Tag keys that are data classifications rather than free tags (compared case-insensitively).</summary>
    public static readonly FrozenSet<string> Classifications = FrozenSet.ToFrozenSet(
        ["PII", "SPI", "PHI", "PCI", "GDPR", "SENSITIVE", "CONFIDENTIAL", "RESTRICTED", "INTERNAL", "PUBLIC"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The classification that marks personal data.</summary>
    public const string Pii = "PII";

    /// <summary>Labels of a dataset or job from its stored facets object (keyed by facet name).</summary>
    public static IReadOnlyList<CatalogLabel> FromFacets(JsonElement? facets)
    {
        if (facets is not { ValueKind: JsonValueKind.Object } f)
        {
            return [];
        }

        var labels = new List<CatalogLabel>();
        AddOwners(f, labels);
        AddTags(f, labels);
        AddRegistryProperties(f, labels);
        return labels
            .DistinctBy(l => (l.Kind, l.Value.ToUpperInvariant(), l.Field))
            .OrderBy(l => l.Kind).ThenBy(l => l.Field, StringComparer.Ordinal).ThenBy(l => l.Value, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Labels from a facets JSON string as stored in the catalog (null or empty gives none).</summary>
    public static IReadOnlyList<CatalogLabel> FromFacetsJson(string? facetsJson)
    {
        if (string.IsNullOrWhiteSpace(facetsJson))
        {
            return [];
        }

        using var document = JsonDocument.Parse(facetsJson);
        return FromFacets(document.RootElement);
    }

    private static void AddOwners(JsonElement facets, List<CatalogLabel> labels)
    {
        if (facets.TryGetProperty("ownership", out var ownership) && ownership.ValueKind == JsonValueKind.Object
            && ownership.TryGetProperty("owners", out var owners) && owners.ValueKind == JsonValueKind.Array)
        {
            foreach (var owner in owners.EnumerateArray())
            {
                if (Text(owner, "name") is { } name)
                {
                    labels.Add(new CatalogLabel(CatalogTermKind.Owner, name, null));
                }
            }
        }
    }

    private static void AddTags(JsonElement facets, List<CatalogLabel> labels)
    {
        if (!facets.TryGetProperty("tags", out var tags) || tags.ValueKind != JsonValueKind.Object
            || !tags.TryGetProperty("tags", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var tag in list.EnumerateArray())
        {
            if (Text(tag, "key") is not { } key)
            {
                continue;
            }

            var value = Text(tag, "value");
            var field = Text(tag, "field");
            labels.Add(Classify(key, value, field));
        }
    }

    /// <summary>
    /// <c>PII</c> (or <c>PII=true</c>) is a classification; <c>classification=PCI</c> too; <c>domain</c> and
    /// <c>owner</c> keys carry those labels; anything else is a free tag (<c>key</c> or <c>key:value</c>).
    /// </summary>
    private static CatalogLabel Classify(string key, string? value, string? field)
    {
        var flag = value is null || value.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (Classifications.Contains(key) && flag)
        {
            return new CatalogLabel(CatalogTermKind.Classification, key.ToUpperInvariant(), field);
        }

        if (value is not null && (key.Equals("classification", StringComparison.OrdinalIgnoreCase)
                                  || key.Equals("dataClassification", StringComparison.OrdinalIgnoreCase)))
        {
            return new CatalogLabel(CatalogTermKind.Classification, value.ToUpperInvariant(), field);
        }

        if (value is not null && field is null && key.Equals("domain", StringComparison.OrdinalIgnoreCase))
        {
            return new CatalogLabel(CatalogTermKind.Domain, value, null);
        }

        if (value is not null && field is null && key.Equals("owner", StringComparison.OrdinalIgnoreCase))
        {
            return new CatalogLabel(CatalogTermKind.Owner, value, null);
        }

        return new CatalogLabel(CatalogTermKind.Tag, flag ? key : $"{key}:{value}", field);
    }

    private static void AddRegistryProperties(JsonElement facets, List<CatalogLabel> labels)
    {
        if (!facets.TryGetProperty("governance_schemaRegistry", out var registry) || registry.ValueKind != JsonValueKind.Object
            || !registry.TryGetProperty("subjects", out var subjects) || subjects.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var subject in subjects.EnumerateArray())
        {
            if (subject.ValueKind == JsonValueKind.Object
                && subject.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                if (Text(properties, "domain") is { } domain)
                {
                    labels.Add(new CatalogLabel(CatalogTermKind.Domain, domain, null));
                }

                if (Text(properties, "owner") is { } owner)
                {
                    labels.Add(new CatalogLabel(CatalogTermKind.Owner, owner, null));
                }
            }
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;
}
