using System.Text.Json.Serialization;
using Governance.Model.OpenLineage.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>The <c>inputFacets</c> of an <see cref="InputDataset"/>; <c>dataQualityMetrics</c> and others are in <see cref="FacetContainer.AdditionalFacets"/>.</summary>
[JsonConverter(typeof(FacetContainerConverter<InputDatasetFacets>))]
public sealed class InputDatasetFacets : FacetContainer
{
    private static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [FacetKeys.DataQualityAssertions] = typeof(DataQualityAssertionsDatasetFacet),
    };

    /// <summary><c>dataQualityAssertions</c>: data quality test results for the input.</summary>
    public DataQualityAssertionsDatasetFacet? DataQualityAssertions { get => Get<DataQualityAssertionsDatasetFacet>(FacetKeys.DataQualityAssertions); set => Set(FacetKeys.DataQualityAssertions, value); }

    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, Type> TypedFacetTypes => Types;
}
