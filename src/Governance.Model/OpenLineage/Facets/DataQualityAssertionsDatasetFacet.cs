using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>
/// Spec <c>DataQualityAssertionsDatasetFacet</c> (key <c>dataQualityAssertions</c>): data quality tests and their
/// results. An input facet in the spec; some producers (Marquez) send it as a dataset facet, which is accepted too.
/// </summary>
public sealed record DataQualityAssertionsDatasetFacet : InputDatasetFacet
{
    /// <summary>JSON <c>assertions</c>; empty when absent.</summary>
    [JsonPropertyName("assertions")]
    public List<DataQualityAssertion> Assertions { get; set; } = [];
}

/// <summary>One data quality test and its result.</summary>
public sealed record DataQualityAssertion : OpenLineageElement
{
    /// <summary>JSON <c>assertion</c>: kind of test, e.g. <c>not_null</c>, <c>unique</c>, <c>row_count</c>.</summary>
    [JsonPropertyName("assertion")]
    public string? Assertion { get; set; }

    /// <summary>JSON <c>success</c>: <c>true</c> if the test found no issue.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    /// <summary>JSON <c>column</c>: the tested column; absent for dataset-level tests.</summary>
    [JsonPropertyName("column")]
    public string? Column { get; set; }

    /// <summary>JSON <c>severity</c>: e.g. <c>error</c> or <c>warn</c>.</summary>
    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    /// <summary>JSON <c>name</c>: name of the test.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>description</c>: what the test checks.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>JSON <c>expected</c>: expected value or threshold, as text.</summary>
    [JsonPropertyName("expected")]
    public string? Expected { get; set; }

    /// <summary>JSON <c>actual</c>: observed value, as text.</summary>
    [JsonPropertyName("actual")]
    public string? Actual { get; set; }

    /// <summary>JSON <c>content</c>: the test body, e.g. a SQL query.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>JSON <c>contentType</c>: format of <see cref="Content"/>, e.g. <c>sql</c>.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    /// <summary>JSON <c>params</c>: test-specific inputs, kept as raw JSON; empty when absent.</summary>
    [JsonPropertyName("params")]
    public Dictionary<string, JsonElement> Params { get; set; } = [];
}
