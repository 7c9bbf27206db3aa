using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>TagsJobFacet</c> (key <c>tags</c>): tags on a job.</summary>
public sealed record TagsJobFacet : JobFacet
{
    /// <summary>JSON <c>tags</c>; empty when absent.</summary>
    [JsonPropertyName("tags")]
    public List<Tag> Tags { get; set; } = [];
}
