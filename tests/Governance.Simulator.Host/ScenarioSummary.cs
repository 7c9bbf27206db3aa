using Governance.Simulator.Scenario;

namespace Governance.Simulator.Host;

/// <summary>Headline counts of a scenario (read before the platform starts changing it).</summary>
internal sealed record ScenarioSummary(int Topics, int Groups, int Subjects, int Connectors, int Applications)
{
    public static ScenarioSummary Of(PlatformScenario scenario) => new(
        scenario.Clusters.Sum(c => c.Topics.Count),
        scenario.Clusters.Sum(c => c.Groups.Count),
        scenario.Clusters.Sum(c => c.SchemaRegistry?.Subjects.Count(s => !s.Deleted) ?? 0),
        scenario.Clusters.Sum(c => c.Connect?.Connectors.Count ?? 0),
        scenario.Applications.Count);
}
