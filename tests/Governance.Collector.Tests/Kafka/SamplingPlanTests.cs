using Governance.Collector.Kafka;
using Governance.Model.Platform;

namespace Governance.Collector.Tests.Kafka;

public sealed class SamplingPlanTests
{
    private static TopicInfo Topic(string name, bool isInternal = false, params (long Low, long High)[] partitions) => new()
    {
        Name = name,
        IsInternal = isInternal,
        Partitions = partitions.Select((p, i) => new PartitionInfo(i, 1, [1], [1], p.Low, p.High)).ToList(),
    };

    [Fact]
    public void Reads_the_last_records_of_the_first_non_empty_partitions()
    {
        var options = new SamplingOptions { RecordsPerPartition = 3, MaxPartitionsPerTopic = 2, Budget = 1000 };
        var (targets, leftOut) = SamplingPlan.Plan([Topic("orders", false, (0, 100), (5, 5), (10, 12), (0, 9))], options);

        Assert.Equal(0, leftOut);
        Assert.Equal([new SamplingTarget("orders", 0, 97, 100), new SamplingTarget("orders", 2, 10, 12)], targets);
    }

    [Fact]
    public void Internal_topics_and_unknown_watermarks_are_skipped()
    {
        var unknown = new TopicInfo { Name = "u", Partitions = [new PartitionInfo(0, 1, [1], [1], null, 10)] };
        var (targets, _) = SamplingPlan.Plan([Topic("__consumer_offsets", true, (0, 10)), unknown], new SamplingOptions());
        Assert.Empty(targets);

        var (withInternal, _) = SamplingPlan.Plan([Topic("__consumer_offsets", true, (0, 10))], new SamplingOptions { IncludeInternalTopics = true });
        Assert.Single(withInternal);
    }

    [Fact]
    public void The_budget_leaves_out_extra_partitions_before_whole_topics()
    {
        var topics = new[] { Topic("a", false, (0, 10), (0, 10)), Topic("b", false, (0, 10), (0, 10)), Topic("c", false, (0, 10), (0, 10)) };
        var (targets, leftOut) = SamplingPlan.Plan(topics, new SamplingOptions { RecordsPerPartition = 3, MaxPartitionsPerTopic = 2, Budget = 12 });

        Assert.Equal(["a/0", "b/0", "c/0", "a/1"], targets.Select(t => $"{t.Topic}/{t.Partition}"));
        Assert.Equal(2, leftOut);
    }
}
