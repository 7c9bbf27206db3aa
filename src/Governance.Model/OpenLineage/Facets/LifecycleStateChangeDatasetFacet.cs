using System.Text.Json.Serialization;

namespace Governance.Model.OpenLineage;

/// <summary>Spec <c>LifecycleStateChangeDatasetFacet</c> (key <c>lifecycleStateChange</c>): what the job did to the dataset.</summary>
public sealed record LifecycleStateChangeDatasetFacet : DatasetFacet
{
    /// <summary>The dataset was altered.</summary>
    public const string Alter = "ALTER";

    /// <summary>The dataset was created.</summary>
    public const string Create = "CREATE";

    /// <summary>The dataset was dropped.</summary>
    public const string Drop = "DROP";

    /// <summary>The dataset was overwritten.</summary>
    public const string Overwrite = "OVERWRITE";

    /// <summary>The dataset was renamed (see <see cref="PreviousIdentifier"/>).</summary>
    public const string Rename = "RENAME";

    /// <summary>The dataset was truncated.</summary>
    public const string Truncate = "TRUNCATE";

    /// <summary>JSON <c>lifecycleStateChange</c>: one of the constants of this type, kept as a string.</summary>
    [JsonPropertyName("lifecycleStateChange")]
    public string? LifecycleStateChange { get; set; }

    /// <summary>JSON <c>previousIdentifier</c>: the former identity of a renamed dataset.</summary>
    [JsonPropertyName("previousIdentifier")]
    public LifecycleStatePreviousIdentifier? PreviousIdentifier { get; set; }
}

/// <summary>The identity a dataset had before a <c>RENAME</c>.</summary>
public sealed record LifecycleStatePreviousIdentifier : OpenLineageElement
{
    /// <summary>JSON <c>namespace</c>: previous namespace.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>JSON <c>name</c>: previous name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
