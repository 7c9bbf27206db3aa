using Governance.Model.Platform;

namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// Principals' topic ACLs as producer and consumer edges, the job named after the principal
/// (<c>User:order-service</c> → <c>order-service</c>), so that a service whose group and principal
/// share its name is one job. WRITE (or ALL) on a topic, literal or prefixed, is an output; READ (or
/// ALL) an input: an ACL is how a producer, and a consumer using <c>assign()</c> without commits, shows
/// itself. A DENY for the principal (or <c>User:*</c>) overrides. Bindings on every topic
/// (<c>*</c>) say nothing about what a principal uses and are ignored, as are wildcard principals.
/// Transactional-id ACLs add evidence to the principal's outputs. Two refinements keep edges honest:
/// READ on a Kafka Streams changelog is state restoration, not an input; and the principal that writes
/// MirrorMaker 2 replicas is MM2 itself, so its ACLs corroborate the Mirror jobs' edges instead of
/// forming a job of their own.
/// </summary>
internal static class AclRule
{
    public static void Apply(InferenceContext context)
    {
        var clusters = context.Platform.Clusters
            .Where(c => c.Snapshot.Acls is not null)
            .Select(c => (Cluster: c, Principals: Principals(c).ToList()))
            .ToList();
        var mirrorPrincipals = clusters
            .SelectMany(c => c.Principals.Where(p => p.Topics(c.Cluster).Any(t =>
                context.Replicas.Contains(c.Cluster.Dataset(t)) && p.Allows(t, AclOperation.Write) is not null)))
            .Select(p => p.Principal)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (cluster, principals) in clusters)
        {
            foreach (var principal in principals)
            {
                var mirror = mirrorPrincipals.Contains(principal.Principal);
                var outputs = new List<string>();
                foreach (var topic in principal.Topics(cluster))
                {
                    if (principal.Allows(topic, AclOperation.Write) is { } write)
                    {
                        var evidence = new Evidence(EvidenceKind.AclWrite, write.Describe());
                        if (!(mirror && FoldIntoMirror(context, cluster.Dataset(topic), evidence, output: true)))
                        {
                            context.Builder.AddOutput(cluster, principal.JobName, JobKind.Producer, cluster.Dataset(topic), evidence);
                            outputs.Add(topic);
                        }
                    }

                    if (principal.Allows(topic, AclOperation.Read) is { } read && !context.Changelogs.Contains(cluster.Dataset(topic)))
                    {
                        var evidence = new Evidence(EvidenceKind.AclRead, read.Describe());
                        if (!(mirror && FoldIntoMirror(context, cluster.Dataset(topic), evidence, output: false)))
                        {
                            context.Builder.AddInput(cluster, principal.JobName, JobKind.Producer, cluster.Dataset(topic), evidence);
                        }
                    }
                }

                foreach (var transactional in principal.TransactionalIds)
                {
                    foreach (var topic in outputs)
                    {
                        context.Builder.AddOutput(cluster, principal.JobName, JobKind.Producer, cluster.Dataset(topic),
                            new Evidence(EvidenceKind.TransactionalId, $"{principal.Principal} may use transactional id {transactional.PatternType}:{transactional.ResourceName}"));
                    }
                }
            }
        }
    }

    /// <summary>Adds MM2's ACL to the Mirror jobs with this edge; false when no Mirror job has it.</summary>
    private static bool FoldIntoMirror(InferenceContext context, DatasetRef dataset, Evidence evidence, bool output)
    {
        var folded = false;
        foreach (var flow in context.MirrorFlows.Where(f => (output ? f.Replica : f.Source) == dataset))
        {
            var host = context.Platform.ByNamespace(flow.JobNamespace)!;
            if (output)
            {
                context.Builder.AddOutput(host, flow.Job, JobKind.Mirror, dataset, evidence);
            }
            else
            {
                context.Builder.AddInput(host, flow.Job, JobKind.Mirror, dataset, evidence);
            }

            folded = true;
        }

        return folded;
    }

    private static IEnumerable<PrincipalAcls> Principals(ClusterView cluster)
    {
        var bindings = cluster.Snapshot.Acls!.Select(AclBinding.From).ToList();
        var everyone = bindings.Where(b => b.Principal == "User:*").ToList();
        return bindings
            .Where(b => b.Principal != "User:*" && b.Principal.Length > 0)
            .GroupBy(b => b.Principal, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PrincipalAcls(g.Key, [.. g], everyone));
    }

    /// <summary>The ACLs of one principal on one cluster.</summary>
    private sealed class PrincipalAcls(string principal, IReadOnlyList<AclBinding> own, IReadOnlyList<AclBinding> everyone)
    {
        public string Principal => principal;

        /// <summary><c>User:order-service</c> → <c>order-service</c>.</summary>
        public string JobName => principal.IndexOf(':') is var colon and >= 0 ? principal[(colon + 1)..] : principal;

        /// <summary>
        /// The existing user topics an ALLOW binding names, in ordinal order: only these can be edges, and
        /// looking them up beats testing every topic of a large cluster against every binding.
        /// </summary>
        public IEnumerable<string> Topics(ClusterView cluster) =>
            own.Where(b => b.Allow && b.ResourceType == "topic")
                .SelectMany(b => b.PatternType switch
                {
                    "literal" when b.ResourceName != "*" && cluster.Topics.ContainsKey(b.ResourceName) && !cluster.IsInternal(b.ResourceName) => [b.ResourceName],
                    "prefixed" when b.ResourceName.Length > 0 => cluster.UserTopicsWithPrefix(b.ResourceName),
                    _ => [],
                })
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);

        public IEnumerable<AclBinding> TransactionalIds => own.Where(b =>
            b.ResourceType == "transactionalid" && b.Allow && b.Operation is AclOperation.Write or AclOperation.All or AclOperation.Describe)
            .DistinctBy(b => (b.PatternType, b.ResourceName));

        /// <summary>The binding that allows the operation on the topic (a specific one, not <c>*</c>), or null if none does or a DENY applies.</summary>
        public AclBinding? Allows(string topic, AclOperation operation)
        {
            var allow = own.FirstOrDefault(b => b.Allow && b.Grants(operation) && b.MatchesTopic(topic, wildcard: false));
            return allow is not null && !own.Concat(everyone).Any(b => !b.Allow && b.Grants(operation) && b.MatchesTopic(topic, wildcard: true))
                ? allow
                : null;
        }
    }
}
