using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>OwnershipDatasetFacet</c> (key <c>ownership</c>): owners of the dataset.</summary>
public sealed record OwnershipDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>owners</c>; empty when absent.</summary>
    [JsonPropertyName("owners")]
    public List<Owner> Owners { get; set; } = [];
}
