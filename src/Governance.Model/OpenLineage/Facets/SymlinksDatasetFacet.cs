using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>SymlinksDatasetFacet</c> (key <c>symlinks</c>): other identifiers of the same dataset.</summary>
public sealed record SymlinksDatasetFacet : DatasetFacet
{
    /// <summary>JSON <c>identifiers</c>; empty when absent.</summary>
    [JsonPropertyName("identifiers")]
    public List<SymlinkIdentifier> Identifiers { get; set; } = [];
}

/// <summary>One alternative identifier of a dataset in <see cref="SymlinksDatasetFacet"/>.</summary>
public sealed record SymlinkIdentifier : OpenLineageElement
{
    /// <summary>JSON <c>namespace</c>: the alternative namespace.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>JSON <c>name</c>: the alternative name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>type</c>: identifier type, e.g. <c>TABLE</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
