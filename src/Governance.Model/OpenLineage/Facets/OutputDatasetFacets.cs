using System.Text.Json.Serialization;
using Governance.Model.OpenLineage.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// The <c>outputFacets</c> of an <see cref="OutputDataset"/>. No output facet is typed yet; all of them (e.g.
/// <c>outputStatistics</c>) are in <see cref="FacetContainer.AdditionalFacets"/>.
/// </summary>
[JsonConverter(typeof(FacetContainerConverter<OutputDatasetFacets>))]
public sealed class OutputDatasetFacets : FacetContainer
{
    private static readonly IReadOnlyDictionary<string, Type> Types = new Dictionary<string, Type>(StringComparer.Ordinal);

    /// <inheritdoc />
    private protected override IReadOnlyDictionary<string, Type> TypedFacetTypes => Types;
}
