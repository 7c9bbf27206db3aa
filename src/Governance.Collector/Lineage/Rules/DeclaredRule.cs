namespace Governance.Collector.Lineage.Rules;

/// <summary>
/// Producers declared in <see cref="LineageOptions.DeclaredProducers"/>, for applications the
/// platform shows nothing of. A declaration on a cluster that was not scanned, or naming a topic that
/// a complete scan does not show, has no edge: the namespace or the dataset would be made up.
/// </summary>
internal static class DeclaredRule
{
    public static void Apply(InferenceContext context)
    {
        foreach (var declared in context.Options.DeclaredProducers)
        {
            if (string.IsNullOrWhiteSpace(declared.Application) || context.Platform.ByAlias(declared.Cluster) is not { } cluster)
            {
                continue;
            }

            foreach (var topic in declared.Topics.Select(t => t.Trim()).Where(cluster.CanReference))
            {
                context.Builder.AddOutput(cluster, declared.Application.Trim(), JobKind.Producer, cluster.Dataset(topic),
                    new Evidence(EvidenceKind.DeclaredMapping, $"declared: {declared.Application.Trim()} produces {topic} on {cluster.Alias}"));
            }
        }
    }
}
