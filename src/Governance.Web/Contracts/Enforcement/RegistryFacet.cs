using System.Text.Json;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>One registered version of a subject as the <c>governance_schemaRegistry</c> facet reports it.</summary>
/// <param name="Schema">The schema text; null when the producer did not send it (too large, or an older collector).</param>
public sealed record RegisteredSchema(int Version, int SchemaId, string SchemaType, string? Schema)
{
    /// <summary>
    /// The texts of the schemas it refers to (directly or through other references) by reference
    /// name, which for Avro is the full name of the type the referenced schema defines.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReferencedSchemas { get; init; } = new Dictionary<string, string>();
}

/// <summary>A subject entry of the <c>governance_schemaRegistry</c> facet.</summary>
/// <param name="Role"><c>key</c> or <c>value</c>.</param>
/// <param name="InUse">The version producers use (the one the topic's schema facet describes).</param>
/// <param name="Latest">The newest registered version, when newer than <paramref name="InUse"/>.</param>
/// <param name="Compatibility">The level the registry holds the subject to, as the registry spells it.</param>
/// <param name="CompatibilityInherited">Whether that level is the registry's global one.</param>
public sealed record RegistrySubject(
    string Role, string Subject, RegisteredSchema InUse, RegisteredSchema? Latest, string? Compatibility, bool CompatibilityInherited)
{
    /// <summary>The newest version the facet names: what was registered last.</summary>
    public RegisteredSchema Newest => Latest ?? InUse;

    /// <summary>Every version the entry names, oldest first.</summary>
    public IEnumerable<RegisteredSchema> Versions => Latest is null ? [InUse] : [InUse, Latest];

    /// <summary>The referenced schemas of every version the entry names, by reference name.</summary>
    public IReadOnlyDictionary<string, string> ReferencedSchemas => Merge([this]);

    /// <summary>The referenced schemas of several entries' versions, by reference name (the first text seen wins).</summary>
    public static IReadOnlyDictionary<string, string> Merge(IEnumerable<RegistrySubject> subjects)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text) in subjects.SelectMany(s => s.Versions).Reverse().SelectMany(v => v.ReferencedSchemas))
        {
            merged.TryAdd(name, text);
        }

        return merged;
    }
}

/// <summary>
/// Reads the <c>governance_schemaRegistry</c> dataset facet leniently: an entry without subject or
/// version is skipped, numbers may arrive as strings, the schema type defaults to AVRO as in the registry.
/// </summary>
public static class RegistryFacet
{
    /// <summary>The facet key.</summary>
    public static string Key => GovernanceFacets.SchemaRegistry.Key;

    /// <summary>The subjects of a facet (the facet object itself).</summary>
    public static IReadOnlyList<RegistrySubject> Read(JsonElement? facet)
    {
        if (facet is not { ValueKind: JsonValueKind.Object } f || !f.TryGetProperty("subjects", out var subjects)
            || subjects.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new List<RegistrySubject>();
        foreach (var entry in subjects.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            if (Text(entry, "subject") is not { Length: > 0 } subject || Version(entry) is not { } inUse)
            {
                continue;
            }

            var latest = entry.TryGetProperty("latest", out var l) && l.ValueKind == JsonValueKind.Object ? Version(l) : null;
            result.Add(new RegistrySubject(
                Text(entry, "role") ?? "value", subject, inUse, latest is not null && latest.Version > inUse.Version ? latest : null,
                Text(entry, "compatibility"),
                entry.TryGetProperty("compatibilityInherited", out var inherited) && inherited.ValueKind == JsonValueKind.True));
        }

        return result;
    }

    /// <summary>The subjects of the facet inside a stored facets object (keyed by facet name).</summary>
    public static IReadOnlyList<RegistrySubject> ReadFromFacets(string? facetsJson)
    {
        if (string.IsNullOrWhiteSpace(facetsJson))
        {
            return [];
        }

        using var document = JsonDocument.Parse(facetsJson);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(Key, out var facet)
            ? Read(facet)
            : [];
    }

    private static RegisteredSchema? Version(JsonElement element)
    {
        if (Number(element, "version") is not { } version || Number(element, "schemaId") is not { } id)
        {
            return null;
        }

        var type = Text(element, "schemaType") is { Length: > 0 } t ? t.ToUpperInvariant() : "AVRO";
        var referenced = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectReferences(element, referenced, depth: 0);
        return new RegisteredSchema(version, id, type, Text(element, "schema")) { ReferencedSchemas = referenced };
    }

    private static void CollectReferences(JsonElement element, Dictionary<string, string> into, int depth)
    {
        if (depth > 16 || !element.TryGetProperty("references", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var reference in references.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
        {
            if (Text(reference, "name") is { Length: > 0 } name && Text(reference, "schema") is { } schema)
            {
                into.TryAdd(name, schema);
                CollectReferences(reference, into, depth + 1);
            }
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
