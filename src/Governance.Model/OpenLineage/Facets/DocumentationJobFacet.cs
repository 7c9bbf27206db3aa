using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>DocumentationJobFacet</c> (key <c>documentation</c>): a description of the job.</summary>
public sealed record DocumentationJobFacet : JobFacet
{
    /// <summary>JSON <c>description</c>: the description (required by the spec).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>JSON <c>contentType</c>: MIME type of <see cref="Description"/>, e.g. <c>text/markdown</c>.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }
}
