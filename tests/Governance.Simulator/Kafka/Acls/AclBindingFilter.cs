using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Acls;

/// <summary>An ACL as wire codes; <see cref="Source"/> is the scenario entry it came from (null for new ones).</summary>
internal sealed record AclBinding(
    AclResourceType ResourceType,
    string ResourceName,
    AclPatternType PatternType,
    string Principal,
    string Host,
    AclOperation Operation,
    AclPermissionType Permission)
{
    public AclScenario? Source { get; init; }

    public static AclBinding From(AclScenario acl) => new(
        AclCodes.Parse<AclResourceType>(acl.ResourceType),
        acl.ResourceName,
        AclCodes.Parse<AclPatternType>(acl.PatternType),
        acl.Principal,
        acl.Host,
        AclCodes.Parse<AclOperation>(acl.Operation),
        AclCodes.Parse<AclPermissionType>(acl.Permission))
    {
        Source = acl,
    };

    public AclScenario ToScenario() => new()
    {
        ResourceType = AclCodes.Name(ResourceType),
        ResourceName = ResourceName,
        PatternType = AclCodes.Name(PatternType),
        Principal = Principal,
        Host = Host,
        Operation = AclCodes.Name(Operation),
        Permission = AclCodes.Name(Permission),
    };

    /// <summary>Same binding regardless of where it came from (the scenario entry is not part of identity).</summary>
    public bool SameAs(AclBinding other) =>
        ResourceType == other.ResourceType && ResourceName == other.ResourceName && PatternType == other.PatternType
        && Principal == other.Principal && Host == other.Host && Operation == other.Operation && Permission == other.Permission;
}

/// <summary>
/// A DescribeAcls / DeleteAcls filter with Kafka's matching rules (<c>ResourcePatternFilter</c> and
/// <c>AccessControlEntryFilter</c> in the Java client): null strings and <c>ANY</c> codes match
/// everything; pattern <c>MATCH</c> selects every ACL that would apply to the named resource
/// (the literal name itself, the literal wildcard <c>*</c>, and every prefix pattern of the name).
/// </summary>
internal sealed record AclBindingFilter(
    AclResourceType ResourceType,
    string? ResourceName,
    AclPatternType PatternType,
    string? Principal,
    string? Host,
    AclOperation Operation,
    AclPermissionType Permission)
{
    private const string Wildcard = "*";

    /// <summary>
    /// Why Kafka would reject this filter (an UNKNOWN code can match nothing meaningful), or null.
    /// </summary>
    public string? Invalid() =>
        ResourceType == AclResourceType.Unknown ? "Unknown resource type in ACL filter."
        : PatternType == AclPatternType.Unknown ? "Unknown pattern type in ACL filter."
        : Operation == AclOperation.Unknown ? "Unknown operation in ACL filter."
        : Permission == AclPermissionType.Unknown ? "Unknown permission type in ACL filter."
        : null;

    public bool Matches(AclBinding acl) => MatchesPattern(acl) && MatchesEntry(acl);

    private bool MatchesPattern(AclBinding acl)
    {
        if (ResourceType != AclResourceType.Any && ResourceType != acl.ResourceType)
        {
            return false;
        }

        if (PatternType != AclPatternType.Any && PatternType != AclPatternType.Match && PatternType != acl.PatternType)
        {
            return false;
        }

        if (ResourceName is null)
        {
            return true;
        }

        if (PatternType == AclPatternType.Any || PatternType == acl.PatternType)
        {
            return ResourceName == acl.ResourceName;
        }

        // PatternType is MATCH: which stored patterns would apply to a resource named ResourceName?
        return acl.PatternType switch
        {
            AclPatternType.Literal => ResourceName == acl.ResourceName || acl.ResourceName == Wildcard,
            AclPatternType.Prefixed => ResourceName.StartsWith(acl.ResourceName, StringComparison.Ordinal),
            _ => false,
        };
    }

    private bool MatchesEntry(AclBinding acl) =>
        (Principal is null || Principal == acl.Principal)
        && (Host is null || Host == acl.Host)
        && (Operation == AclOperation.Any || Operation == acl.Operation)
        && (Permission == AclPermissionType.Any || Permission == acl.Permission);
}
