using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>One owner in <see cref="OwnershipDatasetFacet"/> or <see cref="OwnershipJobFacet"/>.</summary>
public sealed record Owner : OpenLineageElement
{
    /// <summary>JSON <c>name</c>: owner identifier, recommended as a URN such as <c>team:data</c> (required by the spec).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>type</c>: kind of ownership, e.g. <c>MAINTAINER</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
