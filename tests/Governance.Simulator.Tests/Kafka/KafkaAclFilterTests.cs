using Governance.Simulator.Kafka.Acls;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>Kafka's ACL filter semantics (ResourcePatternFilter / AccessControlEntryFilter).</summary>
public sealed class KafkaAclFilterTests
{
    private static readonly AclBinding LiteralOrders = Binding(AclResourceType.Topic, "orders", AclPatternType.Literal);
    private static readonly AclBinding LiteralWildcard = Binding(AclResourceType.Topic, "*", AclPatternType.Literal);
    private static readonly AclBinding PrefixedOrd = Binding(AclResourceType.Topic, "ord", AclPatternType.Prefixed);
    private static readonly AclBinding PrefixedOther = Binding(AclResourceType.Topic, "pay", AclPatternType.Prefixed);
    private static readonly AclBinding GroupOrders = Binding(AclResourceType.Group, "orders", AclPatternType.Literal);

    [Fact]
    public void Match_selects_the_literal_name_the_wildcard_and_matching_prefixes()
    {
        var filter = Filter(AclResourceType.Topic, "orders", AclPatternType.Match);

        Assert.True(filter.Matches(LiteralOrders));
        Assert.True(filter.Matches(LiteralWildcard));
        Assert.True(filter.Matches(PrefixedOrd));
        Assert.False(filter.Matches(PrefixedOther));
        Assert.False(filter.Matches(GroupOrders));
    }

    [Fact]
    public void Any_and_exact_pattern_types_compare_names_exactly()
    {
        Assert.True(Filter(AclResourceType.Any, "orders", AclPatternType.Any).Matches(GroupOrders));
        Assert.False(Filter(AclResourceType.Topic, "orders", AclPatternType.Any).Matches(LiteralWildcard));
        Assert.True(Filter(AclResourceType.Topic, "ord", AclPatternType.Prefixed).Matches(PrefixedOrd));
        Assert.False(Filter(AclResourceType.Topic, "orders", AclPatternType.Prefixed).Matches(PrefixedOrd));
        Assert.True(Filter(AclResourceType.Topic, null, AclPatternType.Literal).Matches(LiteralWildcard));
        Assert.False(Filter(AclResourceType.Topic, null, AclPatternType.Literal).Matches(PrefixedOrd));
    }

    [Fact]
    public void Entry_filters_match_principal_host_operation_and_permission()
    {
        var any = Filter(AclResourceType.Any, null, AclPatternType.Any);

        Assert.True((any with { Principal = "User:app" }).Matches(LiteralOrders));
        Assert.False((any with { Principal = "User:other" }).Matches(LiteralOrders));
        Assert.False((any with { Host = "10.0.0.1" }).Matches(LiteralOrders));
        Assert.True((any with { Operation = AclOperation.Read }).Matches(LiteralOrders));
        Assert.False((any with { Operation = AclOperation.Write }).Matches(LiteralOrders));
        Assert.False((any with { Permission = AclPermissionType.Deny }).Matches(LiteralOrders));
    }

    [Fact]
    public void Filters_with_unknown_codes_are_invalid()
    {
        Assert.NotNull(Filter(AclResourceType.Unknown, null, AclPatternType.Any).Invalid());
        Assert.NotNull((Filter(AclResourceType.Any, null, AclPatternType.Any) with { Operation = AclOperation.Unknown }).Invalid());
        Assert.Null(Filter(AclResourceType.Any, null, AclPatternType.Any).Invalid());
    }

    [Fact]
    public void Scenario_names_map_to_codes_and_back()
    {
        var binding = AclBinding.From(new AclScenario
        {
            ResourceType = "TransactionalId",
            ResourceName = "tx-",
            PatternType = "PREFIXED",
            Principal = "User:a",
            Host = "*",
            Operation = "describe_configs",
            Permission = "Deny",
        });

        Assert.Equal((AclResourceType.TransactionalId, AclPatternType.Prefixed, AclOperation.DescribeConfigs, AclPermissionType.Deny),
            (binding.ResourceType, binding.PatternType, binding.Operation, binding.Permission));
        var back = binding.ToScenario();
        Assert.Equal(("TransactionalId", "Prefixed", "DescribeConfigs", "Deny"), (back.ResourceType, back.PatternType, back.Operation, back.Permission));
        Assert.Equal(AclOperation.Unknown, AclCodes.Parse<AclOperation>("Fly"));
    }

    private static AclBinding Binding(AclResourceType type, string name, AclPatternType pattern) =>
        new(type, name, pattern, "User:app", "*", AclOperation.Read, AclPermissionType.Allow);

    private static AclBindingFilter Filter(AclResourceType type, string? name, AclPatternType pattern) =>
        new(type, name, pattern, null, null, AclOperation.Any, AclPermissionType.Any);
}
