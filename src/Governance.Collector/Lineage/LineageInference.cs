using Governance.Collector.Lineage.Rules;
using Governance.Model.Platform;

namespace Governance.Collector.Lineage;

/// <summary>
/// Infers platform-wide lineage from cluster snapshots: consumer groups, Kafka Streams apps, Connect
/// connectors, MirrorMaker 2 flows and producers (from ACLs, record headers and declarations) as
/// jobs with their input and output datasets. Pure: no I/O, the same snapshots give the same result.
/// <para>
/// No edge is invented: every edge carries the evidence it follows from, and where the platform shows
/// nothing there is no edge. A partial scan simply shows less (e.g. no connector jobs when the Connect
/// scan failed); the caller, which knows the scan was partial, decides what absence means.
/// </para>
/// </summary>
public static class LineageInference
{
    /// <summary>Infers the lineage of every scanned cluster together (MirrorMaker 2 edges cross clusters).</summary>
    public static PlatformLineage Infer(IReadOnlyList<ClusterSnapshot> snapshots, LineageOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(options);
        var context = new InferenceContext(new PlatformView(snapshots), options);

        // Order matters: connectors claim their groups and MM2 marks replicas before the rules that need to know.
        MirrorRule.Apply(context);
        ConnectRule.Apply(context);
        ConsumerGroupRule.Apply(context);
        AclRule.Apply(context);
        HeaderRule.Apply(context);
        DeclaredRule.Apply(context);

        var jobs = context.Builder.Build();
        return new PlatformLineage(jobs, Datasets(context.Platform, jobs));
    }

    private static IReadOnlyList<InferredDataset> Datasets(PlatformView platform, IReadOnlyList<InferredJob> jobs)
    {
        var topics = platform.Clusters
            .SelectMany(c => c.UserTopics.Select(t => new InferredDataset(c.Dataset(t), DatasetKind.Topic, c.Alias)));
        var referenced = jobs
            .SelectMany(j => j.Inputs.Concat(j.Outputs))
            .Select(e => e.Dataset)
            .Select(d => platform.ByNamespace(d.Namespace) is { } cluster
                ? new InferredDataset(d, DatasetKind.Topic, cluster.Alias)
                : new InferredDataset(d, DatasetKind.External, null));
        return topics.Concat(referenced)
            .DistinctBy(d => d.Dataset)
            .OrderBy(d => d.Dataset.Namespace, StringComparer.Ordinal)
            .ThenBy(d => d.Dataset.Name, StringComparer.Ordinal)
            .ToList();
    }
}
