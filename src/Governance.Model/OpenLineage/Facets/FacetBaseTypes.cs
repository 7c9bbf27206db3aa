using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>RunFacet</c>: base of typed facets in <see cref="RunFacets"/>.</summary>
public abstract record RunFacet : OpenLineageFacet;

/// <summary>Spec <c>JobFacet</c>: base of typed facets in <see cref="JobFacets"/>.</summary>
public abstract record JobFacet : OpenLineageFacet
{
    /// <summary>JSON <c>_deleted</c>: <c>true</c> asks consumers to delete this facet from the job.</summary>
    [JsonPropertyName("_deleted")]
    [JsonPropertyOrder(-1)]
    public bool? Deleted { get; set; }
}

/// <summary>Spec <c>DatasetFacet</c>: base of typed facets in <see cref="DatasetFacets"/>.</summary>
public abstract record DatasetFacet : OpenLineageFacet
{
    /// <summary>JSON <c>_deleted</c>: <c>true</c> asks consumers to delete this facet from the dataset.</summary>
    [JsonPropertyName("_deleted")]
    [JsonPropertyOrder(-1)]
    public bool? Deleted { get; set; }
}

/// <summary>Spec <c>InputDatasetFacet</c>: base of typed facets in <see cref="InputDatasetFacets"/>.</summary>
public abstract record InputDatasetFacet : OpenLineageFacet;

/// <summary>Spec <c>OutputDatasetFacet</c>: base of typed facets in <see cref="OutputDatasetFacets"/>.</summary>
public abstract record OutputDatasetFacet : OpenLineageFacet;
