using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Names of the contract-level ODCS <c>customProperties</c> that carry what the standard has no member for.
/// They are written in this order, before any other custom property.
/// </summary>
public static class OdcsCustomProperties
{
    /// <summary>Schema Registry subject (string), e.g. <c>orders-value</c>.</summary>
    public const string SchemaRegistrySubject = "schemaRegistrySubject";

    /// <summary>Pinned subject version (integer from 1).</summary>
    public const string SchemaRegistryVersion = "schemaRegistryVersion";

    /// <summary>Allowed subject versions (string, <see cref="SchemaVersionRange"/> syntax).</summary>
    public const string SchemaRegistryVersionRange = "schemaRegistryVersionRange";

    /// <summary>Compatibility policy (string): <c>NONE</c>, <c>BACKWARD</c>, <c>BACKWARD_TRANSITIVE</c>, <c>FORWARD</c>, <c>FORWARD_TRANSITIVE</c>, <c>FULL</c>, <c>FULL_TRANSITIVE</c>.</summary>
    public const string SchemaCompatibility = "schemaCompatibility";

    /// <summary>Consumer-group lag objectives: a list of <c>{consumerGroup: string, maxLag: integer}</c>.</summary>
    public const string ConsumerGroupMaxLag = "consumerGroupMaxLag";

    /// <summary>Whether a dead-letter topic is required (boolean).</summary>
    public const string DeadLetterTopicRequired = "deadLetterTopicRequired";

    /// <summary>Dead-letter topic name (string).</summary>
    public const string DeadLetterTopic = "deadLetterTopic";

    /// <summary>All names above, in the order they are written.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SchemaRegistrySubject, SchemaRegistryVersion, SchemaRegistryVersionRange, SchemaCompatibility,
        ConsumerGroupMaxLag, DeadLetterTopicRequired, DeadLetterTopic,
    ];

    /// <summary>The ODCS spelling of a compatibility policy, e.g. <c>BACKWARD_TRANSITIVE</c> (Schema Registry's).</summary>
    public static string ToOdcs(CompatibilityPolicy compatibility) => compatibility.ToConfluentName();

    /// <summary>Reads a compatibility policy written as in Schema Registry (case-insensitive).</summary>
    public static bool TryParseCompatibility(string? text, out CompatibilityPolicy compatibility) =>
        CompatibilityPolicies.TryParse(text, out compatibility);
}
