using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Generation;

public class GeneratorSizeTests
{
    [Fact]
    public void Large_has_exactly_ten_thousand_topics_two_thousand_groups_and_ten_thousand_subjects()
    {
        var scenario = GeneratedScenarios.Large;

        Assert.Equal(10_000, scenario.Clusters.Sum(c => c.Topics.Count));
        Assert.Equal(2_000, scenario.Clusters.Sum(c => c.Groups.Count));
        Assert.Equal(10_000, scenario.Registry().Subjects.Count(s => !s.Deleted));
    }

    [Fact]
    public void Tiny_is_a_few_dozen_topics_and_demo_a_few_hundred()
    {
        var tiny = GeneratedScenarios.Tiny.Clusters.Sum(c => c.Topics.Count);
        var demo = GeneratedScenarios.Demo.Clusters.Sum(c => c.Topics.Count);

        Assert.InRange(tiny, 20, 60);
        Assert.InRange(demo, 200, 600);
    }

    [Theory]
    [InlineData(ScenarioSize.Tiny, 1)]
    [InlineData(ScenarioSize.Demo, 5)]
    public void Every_store_gets_a_single_broker_edge_cluster_next_to_the_three_broker_cloud(ScenarioSize size, int stores)
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = size, Stores = stores });

        var cloud = Assert.Single(scenario.Clusters, c => c.Role == ClusterRole.Cloud);
        Assert.Equal("cloud", cloud.Alias);
        Assert.StartsWith("lkc-cloud-", cloud.Id, StringComparison.Ordinal);
        Assert.Equal(3, cloud.Brokers);
        Assert.NotNull(cloud.SchemaRegistry);
        Assert.NotNull(cloud.Connect);
        var edges = scenario.Clusters.Where(c => c.Role == ClusterRole.Edge).ToList();
        Assert.Equal(Enumerable.Range(1, stores).Select(i => $"store-{i:D4}"), edges.Select(e => e.Alias));
        Assert.All(edges, e => Assert.Equal(1, e.Brokers));
        Assert.Equal(scenario.Clusters.Count, scenario.Clusters.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Large_refuses_more_stores_than_its_totals_can_hold()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Large, Stores = 1_000 }));

        Assert.Contains("Too many stores", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_store_counts_depend_on_the_size()
    {
        Assert.Equal(2, new RetailScenarioOptions { Size = ScenarioSize.Tiny }.EffectiveStores);
        Assert.Equal(3, new RetailScenarioOptions { Size = ScenarioSize.Demo }.EffectiveStores);
        Assert.Equal(20, new RetailScenarioOptions { Size = ScenarioSize.Large }.EffectiveStores);
        Assert.Throws<ArgumentOutOfRangeException>(() => RetailScenarioGenerator.Generate(new RetailScenarioOptions { Stores = 0 }));
    }
}
