using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Generation;

/// <summary>
/// Scenarios shared by read-only tests, generated once per test run. Tests that change a scenario must
/// generate their own.
/// </summary>
internal static class GeneratedScenarios
{
    private static readonly Lazy<PlatformScenario> TinyScenario = new(() => RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny, Seed = 42, Stores = 2 }));
    private static readonly Lazy<PlatformScenario> DemoScenario = new(() => RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Demo, Seed = 42 }));
    private static readonly Lazy<PlatformScenario> LargeScenario = new(() => RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Large, Seed = 42 }));

    public static PlatformScenario Tiny => TinyScenario.Value;
    public static PlatformScenario Demo => DemoScenario.Value;
    public static PlatformScenario Large => LargeScenario.Value;

    public static PlatformScenario Get(ScenarioSize size) => size switch
    {
        ScenarioSize.Tiny => Tiny,
        ScenarioSize.Demo => Demo,
        _ => Large,
    };

    public static SchemaRegistryScenario Registry(this PlatformScenario scenario) =>
        scenario.Clusters.Single(c => c.SchemaRegistry is not null).SchemaRegistry!;
}
