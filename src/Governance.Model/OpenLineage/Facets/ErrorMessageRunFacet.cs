using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>ErrorMessageRunFacet</c> (key <c>errorMessage</c>): the error that made a run fail.</summary>
public sealed record ErrorMessageRunFacet : RunFacet
{
    /// <summary>JSON <c>message</c>: the error message (required by the spec).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>JSON <c>programmingLanguage</c>: e.g. <c>JAVA</c>, <c>PYTHON</c> (required by the spec).</summary>
    [JsonPropertyName("programmingLanguage")]
    public string? ProgrammingLanguage { get; set; }

    /// <summary>JSON <c>stackTrace</c>: language-specific stack trace.</summary>
    [JsonPropertyName("stackTrace")]
    public string? StackTrace { get; set; }
}
