using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>DocumentationDatasetFacet</c> (key <c>documentation</c>): a description of the dataset.</summary>
public sealed record DocumentationDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>description</c>: the description (required by the spec).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>JSON <c>contentType</c>: MIME type of <see cref="Description"/>, e.g. <c>text/markdown</c>.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }
}
