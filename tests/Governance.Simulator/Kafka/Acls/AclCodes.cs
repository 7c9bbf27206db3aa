namespace Governance.Simulator.Kafka.Acls;

/// <summary>Kafka's <c>ResourceType</c> codes (ACLs and, for a subset, configs).</summary>
internal enum AclResourceType : sbyte
{
    Unknown = 0,
    Any = 1,
    Topic = 2,
    Group = 3,
    Cluster = 4,
    TransactionalId = 5,
    DelegationToken = 6,
    User = 7,
}

/// <summary>Kafka's <c>PatternType</c> codes. <see cref="Any"/> and <see cref="Match"/> exist only in filters.</summary>
internal enum AclPatternType : sbyte
{
    Unknown = 0,
    Any = 1,
    Match = 2,
    Literal = 3,
    Prefixed = 4,
}

/// <summary>Kafka's <c>AclOperation</c> codes.</summary>
internal enum AclOperation : sbyte
{
    Unknown = 0,
    Any = 1,
    All = 2,
    Read = 3,
    Write = 4,
    Create = 5,
    Delete = 6,
    Alter = 7,
    Describe = 8,
    ClusterAction = 9,
    DescribeConfigs = 10,
    AlterConfigs = 11,
    IdempotentWrite = 12,
    CreateTokens = 13,
    DescribeTokens = 14,
}

/// <summary>Kafka's <c>AclPermissionType</c> codes.</summary>
internal enum AclPermissionType : sbyte
{
    Unknown = 0,
    Any = 1,
    Deny = 2,
    Allow = 3,
}

/// <summary>
/// Maps the scenario's ACL names (<c>Topic</c>, <c>TransactionalId</c>, <c>DescribeConfigs</c>, …) to wire
/// codes and back. Parsing ignores case and underscores so Kafka's own spellings
/// (<c>TRANSACTIONAL_ID</c>, <c>DESCRIBE_CONFIGS</c>) work too; anything else is <c>Unknown</c>, which a
/// real broker also reports for ACLs it cannot interpret.
/// </summary>
internal static class AclCodes
{
    public static T Parse<T>(string? name)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return default;
        }

        var compact = name.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(compact, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : default;
    }

    /// <summary>The scenario spelling of a code (the enum member name, e.g. <c>TransactionalId</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString();
}
