using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>OwnershipJobFacet</c> (key <c>ownership</c>): owners of the job.</summary>
public sealed record OwnershipJobFacet : JobFacet
{
    /// <summary>JSON <c>owners</c>; empty when absent.</summary>
    [JsonPropertyName("owners")]
    public List<Owner> Owners { get; set; } = [];
}
