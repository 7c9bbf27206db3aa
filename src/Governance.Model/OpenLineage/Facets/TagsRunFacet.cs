using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>TagsRunFacet</c> (key <c>tags</c>): tags on a run.</summary>
public sealed record TagsRunFacet : RunFacet
{
    /// <summary>JSON <c>tags</c>; empty when absent.</summary>
    [JsonPropertyName("tags")]
    public List<Tag> Tags { get; set; } = [];
}
