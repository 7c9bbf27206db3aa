using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Derivation;

/// <summary>
/// Derives ACLs from the applications: READ on what they consume (and their group), WRITE on what they
/// produce, transactional ids, prefixed ACLs for Streams internal topics, both sides of MirrorMaker 2 flows,
/// plus the platform's own principals. Applications with <see cref="AppPlan.Acls"/> false get none.
/// </summary>
internal static class AclFactory
{
    public static void Derive(GenerationContext ctx)
    {
        foreach (var plan in ctx.Apps)
        {
            if (!plan.Acls || plan.App.Principal is null) continue;
            var cluster = ctx.Scenario.Cluster(plan.App.Cluster);
            var principal = plan.App.Principal;
            if (plan.App.Kind == ApplicationKind.Mirror)
            {
                Mirror(ctx, plan, cluster);
                continue;
            }

            var prefix = plan.InternalTopicPrefix;
            if (prefix is not null) Add(cluster, "Topic", prefix, principal, "All", "Prefixed");
            foreach (var input in plan.App.Inputs.Where(t => prefix is null || !t.StartsWith(prefix, StringComparison.Ordinal)))
            {
                Add(cluster, "Topic", input, principal, "Read");
            }

            if (plan.App.GroupId is not null) Add(cluster, "Group", plan.App.GroupId, principal, "Read");
            foreach (var output in plan.App.Outputs.Where(t => prefix is null || !t.StartsWith(prefix, StringComparison.Ordinal)))
            {
                Add(cluster, "Topic", output, principal, "Write");
            }

            if (plan.App.TransactionalId is not null)
            {
                Add(cluster, "TransactionalId", plan.App.TransactionalId, principal, "Write");
                Add(cluster, "TransactionalId", plan.App.TransactionalId, principal, "Describe");
            }
        }

        foreach (var cluster in ctx.Scenario.Clusters)
        {
            Platform(ctx, cluster);
        }
    }

    private static void Mirror(GenerationContext ctx, AppPlan plan, ClusterScenario cloud)
    {
        var principal = plan.App.Principal!;
        foreach (var edge in plan.RemoteInputs.Select(r => r.Cluster).Distinct())
        {
            foreach (var (_, topic) in plan.RemoteInputs.Where(r => r.Cluster == edge))
            {
                Add(edge, "Topic", topic, principal, "Read");
                Add(edge, "Topic", topic, principal, "DescribeConfigs");
            }

            Add(edge, "Topic", $"mm2-offset-syncs.{ctx.Cloud.Alias}.internal", principal, "All");
            Add(edge, "Group", "*", principal, "Describe");
            Add(cloud, "Topic", $"{edge.Alias}.", principal, "Write", "Prefixed");
            Add(cloud, "Topic", $"{edge.Alias}.", principal, "Create", "Prefixed");
        }
    }

    private static void Platform(GenerationContext ctx, ClusterScenario cluster)
    {
        if (cluster.Connect is not null)
        {
            var worker = $"User:connect-{cluster.Alias}";
            foreach (var topic in new[] { "connect-configs", "connect-offsets", "connect-status" })
            {
                Add(cluster, "Topic", topic, worker, "All");
            }

            Add(cluster, "Group", $"connect-{cluster.Alias}", worker, "Read");
        }

        if (cluster.SchemaRegistry is not null)
        {
            Add(cluster, "Topic", "_schemas", "User:schema-registry", "All");
        }

        Add(cluster, "Cluster", "kafka-cluster", "User:ops-admin", "All");
        Add(cluster, "Topic", "*", "User:ops-admin", "All");
        Add(cluster, "Group", "*", "User:ops-admin", "All");

        // The analysts' reader must never see card tokens, whatever else it is granted.
        if (cluster == ctx.Cloud && ctx.Apps.Any(a => a.App.Name == EvidenceCases.AclOnlyConsumer) && ctx.FindTopic(cluster, "payments.authorized.v1") is not null)
        {
            cluster.Acls.Add(new AclScenario
            {
                ResourceType = "Topic",
                ResourceName = "payments.authorized.v1",
                Principal = $"User:{EvidenceCases.AclOnlyConsumer}",
                Operation = "Read",
                Permission = "Deny",
            });
        }
    }

    private static void Add(ClusterScenario cluster, string type, string name, string principal, string operation, string pattern = "Literal") =>
        cluster.Acls.Add(new AclScenario
        {
            ResourceType = type,
            ResourceName = name,
            PatternType = pattern,
            Principal = principal,
            Operation = operation,
        });
}
