using System.Collections.Concurrent;
using System.Text.Json;

namespace Governance.Model.OpenLineage;

/// <summary>
/// The <c>schemaURL</c>s producers must put on events and standard facets, taken from the embedded
/// official schemas so that what we emit always names the versions we validate against.
/// </summary>
public static class FacetSchemaUrls
{
    /// <summary>The core spec version's URL.</summary>
    public const string Core = "https://openlineage.io/spec/2-0-2/OpenLineage.json";

    /// <summary><c>schemaURL</c> of a RunEvent.</summary>
    public const string RunEvent = Core + "#/$defs/RunEvent";

    /// <summary><c>schemaURL</c> of a DatasetEvent.</summary>
    public const string DatasetEvent = Core + "#/$defs/DatasetEvent";

    /// <summary><c>schemaURL</c> of a JobEvent.</summary>
    public const string JobEvent = Core + "#/$defs/JobEvent";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The <c>_schemaURL</c> of a standard facet, e.g. <c>For("SchemaDatasetFacet")</c> →
    /// <c>https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet</c>.
    /// </summary>
    /// <exception cref="ArgumentException">When no such facet schema is embedded.</exception>
    public static string For(string facetSchemaName) => Cache.GetOrAdd(facetSchemaName, name =>
    {
        using var stream = typeof(FacetSchemaUrls).Assembly.GetManifestResourceStream($"OpenLineage.Schemas.facets/{name}.json")
            ?? throw new ArgumentException($"No embedded OpenLineage facet schema named '{name}'.", nameof(facetSchemaName));
        using var document = JsonDocument.Parse(stream);
        var id = document.RootElement.GetProperty("$id").GetString()!;
        return $"{id}#/$defs/{name}";
    });
}
