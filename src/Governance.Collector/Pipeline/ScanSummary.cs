using Governance.Collector.Emission;
using Governance.Model.Platform;

namespace Governance.Collector.Pipeline;

/// <summary>What one scan found and emitted, for the CLI's table and the logs.</summary>
public sealed record ScanSummary(
    DateTimeOffset StartedAt,
    TimeSpan Elapsed,
    IReadOnlyList<ClusterSummary> Clusters,
    int Jobs,
    EmissionPlan Plan,
    Lineage.PlatformLineage Lineage)
{
    /// <summary>True when every cluster was scanned completely.</summary>
    public bool Complete => Clusters.All(c => c.Problems.Count == 0);
}

/// <summary>One cluster's counts and problems.</summary>
public sealed record ClusterSummary(
    string Alias,
    string? ClusterId,
    int Topics,
    int Groups,
    int? Acls,
    int? Subjects,
    int? Connectors,
    IReadOnlyList<ScanProblem> Problems)
{
    public static ClusterSummary From(ClusterSnapshot snapshot) => new(
        snapshot.Identity.Alias,
        snapshot.Identity.ClusterId,
        snapshot.Topics.Count(t => !t.IsInternal),
        snapshot.Groups.Count,
        snapshot.Acls?.Count,
        snapshot.SchemaRegistry?.Subjects.Count,
        snapshot.Connect?.Connectors.Count,
        snapshot.Completeness.Problems);
}
