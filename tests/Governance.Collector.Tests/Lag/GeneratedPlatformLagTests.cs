using Governance.Collector.Lag;
using Governance.Collector.Tests.Lineage;
using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;

namespace Governance.Collector.Tests.Lag;

/// <summary>Verdicts for the consumer groups of a generated retail platform over two scans.</summary>
public sealed class GeneratedPlatformLagTests
{
    [Fact]
    public void Moving_groups_are_OK_the_stalled_one_STALLs_and_an_idle_empty_group_STOPs()
    {
        var platform = new SimulatedPlatform(RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny }));
        var tracker = new LagTracker();
        var first = ScenarioSnapshots.DefaultScanTime;
        var cloud = platform.Read(s => ScenarioSnapshots.From(s, "cloud", first));
        var initial = tracker.Observe(cloud);

        // Only the stalled consumer's lag is news on the first scan: it is Stable, so it gets the benefit of the doubt.
        Assert.Equal(LagVerdict.Ok, initial.Group(EvidenceCases.StalledConsumer)!.Verdict);
        Assert.True(initial.Group(EvidenceCases.StalledConsumer)!.TotalLag > 1000);

        // Records arrive everywhere; every group but two catches up.
        foreach (var topic in platform.Read(s => s.Cluster("cloud").Topics.Where(t => !t.Internal).Select(t => t.Name).ToList()))
        {
            platform.GrowLogEnd("cloud", topic, 100);
        }

        var idle = "fraud-detection"; // A Flink job: committed offsets, never members.
        foreach (var group in cloud.Groups.Select(g => g.GroupId).Where(g => g != EvidenceCases.StalledConsumer && g != idle))
        {
            platform.AdvanceGroupOffsets("cloud", group, 1_000_000);
        }

        var report = tracker.Observe(platform.Read(s => ScenarioSnapshots.From(s, "cloud", first.AddMinutes(5))));

        Assert.Equal(LagVerdict.Stall, report.Group(EvidenceCases.StalledConsumer)!.Verdict);
        Assert.Equal(LagVerdict.Stop, report.Group(idle)!.Verdict);
        Assert.All(
            report.Groups.Where(g => g.GroupId != EvidenceCases.StalledConsumer && g.GroupId != idle),
            g => Assert.True(g.Verdict == LagVerdict.Ok, $"{g.GroupId}: {g.Verdict}"));
        Assert.Contains(report.Groups, g => g.GroupId == "connect-cloud" && g.Partitions.Count == 0);
    }
}
