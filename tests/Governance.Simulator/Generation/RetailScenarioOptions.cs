namespace Governance.Simulator.Generation;

/// <summary>How big a generated retail platform is.</summary>
public enum ScenarioSize
{
    /// <summary>Unit tests: the core retail flows only (a few dozen topics), every application kind once.</summary>
    Tiny,

    /// <summary>Live demo: the full retail catalog plus a few dozen product teams (a few hundred topics).</summary>
    Demo,

    /// <summary>Benchmarks: exactly 10,000 topics, 2,000 consumer groups and 10,000 live subjects.</summary>
    Large,
}

/// <summary>Input of <see cref="RetailScenarioGenerator"/>. The same options always give the same scenario.</summary>
public sealed record RetailScenarioOptions
{
    public int Seed { get; init; } = 42;

    /// <summary>Number of stores, each with its own edge cluster (<c>store-0001</c>...); null takes the size's default.</summary>
    public int? Stores { get; init; }

    public ScenarioSize Size { get; init; } = ScenarioSize.Tiny;

    /// <summary>Stores when <see cref="Stores"/> is null: 2 (Tiny), 3 (Demo), 20 (Large).</summary>
    public int EffectiveStores => Stores ?? Size switch
    {
        ScenarioSize.Tiny => 2,
        ScenarioSize.Demo => 3,
        _ => 20,
    };
}
