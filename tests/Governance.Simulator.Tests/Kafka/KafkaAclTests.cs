using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>DescribeAcls, CreateAcls and DeleteAcls through the real client.</summary>
public sealed class KafkaAclTests(ITestOutputHelper output)
{
    private static readonly AclBindingFilter Everything = new()
    {
        PatternFilter = new ResourcePatternFilter { Type = ResourceType.Any, ResourcePatternType = ResourcePatternType.Any },
        EntryFilter = new AccessControlEntryFilter { Operation = AclOperation.Any, PermissionType = AclPermissionType.Any },
    };

    [Fact]
    public async Task DescribeAcls_with_an_any_filter_returns_every_scenario_acl()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = await admin.DescribeAclsAsync(Everything, new DescribeAclsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(6, result.AclBindings.Count);
        var deny = result.AclBindings.Single(a => a.Entry.Principal == "User:intruder");
        Assert.Equal(ResourceType.Topic, deny.Pattern.Type);
        Assert.Equal("payments", deny.Pattern.Name);
        Assert.Equal(ResourcePatternType.Literal, deny.Pattern.ResourcePatternType);
        Assert.Equal("10.9.9.9", deny.Entry.Host);
        Assert.Equal(AclOperation.Write, deny.Entry.Operation);
        Assert.Equal(AclPermissionType.Deny, deny.Entry.PermissionType);
        var prefixed = result.AclBindings.Single(a => a.Entry.Principal == "User:analytics");
        Assert.Equal(ResourcePatternType.Prefixed, prefixed.Pattern.ResourcePatternType);
        Assert.Equal(AclOperation.All, result.AclBindings.Single(a => a.Pattern.Type == ResourceType.Broker).Entry.Operation);
    }

    [Fact]
    public async Task DescribeAcls_with_a_match_filter_finds_literal_wildcard_and_prefixed_acls_for_a_topic()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var result = await admin.DescribeAclsAsync(
            new AclBindingFilter
            {
                PatternFilter = new ResourcePatternFilter { Type = ResourceType.Topic, Name = "orders.v1", ResourcePatternType = ResourcePatternType.Match },
                EntryFilter = new AccessControlEntryFilter { Operation = AclOperation.Any, PermissionType = AclPermissionType.Any },
            },
            new DescribeAclsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(["User:analytics", "User:auditor", "User:order-service"], result.AclBindings.Select(a => a.Entry.Principal).Order().ToArray());
    }

    [Fact]
    public async Task CreateAcls_then_DescribeAcls_sees_them_and_the_scenario_holds_them()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();
        var binding = new AclBinding
        {
            Pattern = new ResourcePattern { Type = ResourceType.Group, Name = "billing-", ResourcePatternType = ResourcePatternType.Prefixed },
            Entry = new AccessControlEntry { Principal = "User:billing", Host = "*", Operation = AclOperation.Read, PermissionType = AclPermissionType.Allow },
        };

        await admin.CreateAclsAsync([binding], new CreateAclsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        await admin.CreateAclsAsync([binding], new CreateAclsOptions { RequestTimeout = KafkaTestCluster.Timeout }); // idempotent
        var described = await admin.DescribeAclsAsync(
            new AclBindingFilter
            {
                PatternFilter = new ResourcePatternFilter { Type = ResourceType.Group, ResourcePatternType = ResourcePatternType.Any },
                EntryFilter = new AccessControlEntryFilter { Principal = "User:billing", Operation = AclOperation.Any, PermissionType = AclPermissionType.Any },
            },
            new DescribeAclsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(binding, Assert.Single(described.AclBindings));
        var stored = Assert.Single(cluster.Platform.Read(s => s.Cluster(TestScenarios.Cloud).Acls.Where(a => a.Principal == "User:billing").ToList()));
        Assert.Equal(("Group", "billing-", "Prefixed", "*", "Read", "Allow"), (stored.ResourceType, stored.ResourceName, stored.PatternType, stored.Host, stored.Operation, stored.Permission));
    }

    [Fact]
    public async Task CreateAcls_rejects_an_invalid_binding()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var ex = await Assert.ThrowsAsync<CreateAclsException>(() => admin.CreateAclsAsync(
            [new AclBinding
            {
                Pattern = new ResourcePattern { Type = ResourceType.Topic, Name = "x", ResourcePatternType = ResourcePatternType.Literal },
                Entry = new AccessControlEntry { Principal = "no-colon", Host = "*", Operation = AclOperation.Read, PermissionType = AclPermissionType.Allow },
            }],
            new CreateAclsOptions { RequestTimeout = KafkaTestCluster.Timeout }));

        Assert.Equal(ErrorCode.InvalidRequest, Assert.Single(ex.Results).Error.Code);
    }

    [Fact]
    public async Task DeleteAcls_removes_the_matching_acls_and_reports_them()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        var admin = cluster.Admin();

        var results = await admin.DeleteAclsAsync(
            [
                new AclBindingFilter
                {
                    PatternFilter = new ResourcePatternFilter { Type = ResourceType.Any, ResourcePatternType = ResourcePatternType.Any },
                    EntryFilter = new AccessControlEntryFilter { Principal = "User:order-service", Operation = AclOperation.Any, PermissionType = AclPermissionType.Any },
                },
                new AclBindingFilter
                {
                    PatternFilter = new ResourcePatternFilter { Type = ResourceType.Topic, ResourcePatternType = ResourcePatternType.Any },
                    EntryFilter = new AccessControlEntryFilter { Operation = AclOperation.Read, PermissionType = AclPermissionType.Allow },
                },
            ],
            new DeleteAclsOptions { RequestTimeout = KafkaTestCluster.Timeout });

        Assert.Equal(2, results.Count);
        Assert.Equal(2, results[0].AclBindings.Count); // the topic and the group ACL of order-service
        Assert.Equal("User:analytics", Assert.Single(results[1].AclBindings).Entry.Principal); // order-service's read was taken by filter 0
        var left = await admin.DescribeAclsAsync(Everything, new DescribeAclsOptions { RequestTimeout = KafkaTestCluster.Timeout });
        Assert.Equal(["User:admin", "User:auditor", "User:intruder"], left.AclBindings.Select(a => a.Entry.Principal).Order().ToArray());
    }
}
