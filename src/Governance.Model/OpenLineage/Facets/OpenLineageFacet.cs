using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Spec <c>BaseFacet</c>: base of every typed facet. Properties the facet type does not declare are kept in
/// <see cref="OpenLineageElement.AdditionalProperties"/>.
/// </summary>
public abstract record OpenLineageFacet : OpenLineageElement
{
    /// <summary>JSON <c>_producer</c>: URI of the software that produced the facet. Required by the spec, but kept nullable to accept sloppy producers.</summary>
    [JsonPropertyName("_producer")]
    [JsonPropertyOrder(-3)]
    public string? Producer { get; set; }

    /// <summary>JSON <c>_schemaURL</c>: URL of the facet's schema definition (names the facet version).</summary>
    [JsonPropertyName("_schemaURL")]
    [JsonPropertyOrder(-2)]
    public string? SchemaUrl { get; set; }
}
