using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>The ACL operations inference cares about.</summary>
internal enum AclOperation
{
    Other,
    Read,
    Write,
    Describe,
    All,
}

/// <summary>An ACL binding with Kafka's spellings normalised (<c>TOPIC</c>/<c>Topic</c>, <c>PREFIXED</c>/<c>Prefixed</c>, ...).</summary>
internal sealed record AclBinding(string ResourceType, string ResourceName, string PatternType, string Principal, AclOperation Operation, bool Allow)
{
    public static AclBinding From(AclBindingInfo acl) => new(
        acl.ResourceType.Trim().ToLowerInvariant(),
        acl.ResourceName,
        acl.PatternType.Trim().ToLowerInvariant(),
        acl.Principal.Trim(),
        acl.Operation.Trim().ToLowerInvariant() switch
        {
            "read" => AclOperation.Read,
            "write" => AclOperation.Write,
            "describe" => AclOperation.Describe,
            "all" => AclOperation.All,
            _ => AclOperation.Other,
        },
        string.Equals(acl.Permission.Trim(), "allow", StringComparison.OrdinalIgnoreCase));

    public bool Grants(AclOperation operation) => Operation == operation || Operation == AclOperation.All;

    /// <summary>
    /// Whether the binding applies to the topic. <paramref name="wildcard"/> says whether the literal
    /// <c>*</c> counts: it does for DENY (it denies everything) but not as evidence of use.
    /// </summary>
    public bool MatchesTopic(string topic, bool wildcard) => ResourceType == "topic" && PatternType switch
    {
        "literal" => ResourceName == "*" ? wildcard : ResourceName == topic,
        "prefixed" => ResourceName.Length > 0 && topic.StartsWith(ResourceName, StringComparison.Ordinal),
        _ => false,
    };

    public string Describe() =>
        $"{(Allow ? "Allow" : "Deny")} {Operation} on Topic {(PatternType == "prefixed" ? "prefixed" : "literal")} '{ResourceName}' for {Principal}";
}
