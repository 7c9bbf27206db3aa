using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Derivation;

/// <summary>
/// Derives consumer groups from the applications: members with client ids, hosts and round-robin
/// assignments, and committed offsets whose lag matches how the app behaves (small for live consumers,
/// some for batch jobs between runs, most of the log for the stalled one). Connect workers form a
/// group of protocol type <c>connect</c> on every cluster that runs Connect.
/// </summary>
internal static class GroupFactory
{
    public static void Derive(GenerationContext ctx)
    {
        foreach (var plan in ctx.Apps)
        {
            if (plan.App.GroupId is null || plan.Group == GroupMode.None) continue;
            var cluster = ctx.Scenario.Cluster(plan.App.Cluster);
            cluster.Groups.Add(Group(ctx, cluster, plan));
        }

        foreach (var cluster in ctx.Scenario.Clusters.Where(c => c.Connect is not null))
        {
            cluster.Groups.Add(WorkerGroup(ctx, cluster));
        }
    }

    private static ConsumerGroupScenario Group(GenerationContext ctx, ClusterScenario cluster, AppPlan plan)
    {
        var partitions = plan.App.Inputs
            .Select(name => ctx.Topic(cluster, name).Topic)
            .SelectMany(t => t.Partitions.Select(p => (Topic: t.Name, Partition: p)))
            .ToList();
        var group = new ConsumerGroupScenario
        {
            GroupId = plan.App.GroupId!,
            State = plan.Group == GroupMode.Empty ? "Empty" : "Stable",
            Protocol = plan.Group == GroupMode.Empty ? "" : plan.Protocol,
        };

        if (plan.Group != GroupMode.Empty)
        {
            var members = Math.Clamp(plan.Instances, 1, Math.Max(1, partitions.Count));
            for (var m = 0; m < members; m++)
            {
                var clientId = plan.App.Kind == ApplicationKind.ConnectSink ? $"connector-consumer-{plan.App.Name}-{m}" : plan.App.ClientId ?? plan.App.Name;
                var member = new GroupMemberScenario
                {
                    MemberId = $"{clientId}-{ctx.NextGuid()}",
                    ClientId = clientId,
                    ClientHost = ctx.ClientHost(cluster.Role == ClusterRole.Cloud ? "10.20" : $"192.168"),
                };
                // Round-robin, grouped per topic as the assignment is reported.
                for (var i = m; i < partitions.Count; i += members)
                {
                    var (topic, partition) = partitions[i];
                    var entry = member.Assignment.FirstOrDefault(a => a.Topic == topic);
                    if (entry is null)
                    {
                        entry = new TopicPartitionsScenario { Topic = topic };
                        member.Assignment.Add(entry);
                    }

                    entry.Partitions.Add(partition.Id);
                }

                group.Members.Add(member);
            }
        }

        foreach (var (topic, partition) in partitions)
        {
            group.Offsets.Add(new CommittedOffsetScenario
            {
                Topic = topic,
                Partition = partition.Id,
                Offset = Committed(ctx, plan.Group, partition),
            });
        }

        return group;
    }

    private static long Committed(GenerationContext ctx, GroupMode mode, PartitionScenario partition)
    {
        var start = partition.LogStartOffset;
        var end = partition.LogEndOffset;
        var range = end - start;
        if (range <= 0) return end;
        return mode switch
        {
            GroupMode.Active => end - Math.Min(range, ctx.Random.Next(0, 250)),
            GroupMode.Empty => end - (long)(range * ctx.Random.NextDouble() * 0.05),
            // Stuck near the oldest retained record: the lag is most of the log.
            GroupMode.Stalled => start + (long)(range * ctx.Random.NextDouble() * 0.1),
            _ => end,
        };
    }

    private static ConsumerGroupScenario WorkerGroup(GenerationContext ctx, ClusterScenario cluster)
    {
        var group = new ConsumerGroupScenario
        {
            GroupId = $"connect-{cluster.Alias}",
            ProtocolType = "connect",
            Protocol = "sessioned",
        };
        var workers = cluster.Role == ClusterRole.Cloud ? 3 : 1;
        for (var w = 1; w <= workers; w++)
        {
            var clientId = $"connect-{w}";
            group.Members.Add(new GroupMemberScenario
            {
                MemberId = $"{clientId}-{ctx.NextGuid()}",
                ClientId = clientId,
                ClientHost = ctx.ClientHost(cluster.Role == ClusterRole.Cloud ? "10.30" : "192.168"),
            });
        }

        return group;
    }
}
