using Governance.Model.OpenLineage;
using Governance.Model.OpenLineage.GovernanceFacets;

namespace Governance.Collector.Emission;

/// <summary>What every emitted event and facet shares: the producer URI and where our facet schemas live.</summary>
/// <param name="PortalBaseUrl">The portal that serves the <c>governance_</c> facet schemas.</param>
/// <param name="Now">When the events happen (the scan time).</param>
internal sealed record EmissionContext(string PortalBaseUrl, DateTimeOffset Now)
{
    /// <summary>The collector's producer URI (OpenLineage asks for a URI identifying the producer and its version).</summary>
    public static readonly string Producer =
        $"urn:governance:collector:{typeof(EmissionContext).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    public string EventTime => Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stamps a standard facet with our producer and its official schema URL.</summary>
    public T Stamp<T>(T facet, string schemaName) where T : OpenLineageFacet
    {
        facet.Producer = Producer;
        facet.SchemaUrl = FacetSchemaUrls.For(schemaName);
        return facet;
    }

    /// <summary>The <c>_producer</c>/<c>_schemaURL</c> pair of one of our own facets.</summary>
    public (string Producer, string SchemaUrl) Custom(GovernanceFacet facet) => (Producer, facet.SchemaUrl(PortalBaseUrl));
}
