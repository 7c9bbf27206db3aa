using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class TopicPanelTests : ComponentTest
{
    [Fact]
    public void Shows_the_cluster_partitions_replication_messages_and_configuration_in_key_order()
    {
        var topic = new TopicDto("cloud", "lkc-7q2x", 12, 3, 1_234_567, new Dictionary<string, string>
        {
            ["retention.ms"] = "604800000",
            ["cleanup.policy"] = "compact",
            ["segment.bytes"] = "1073741824",
            ["retention.bytes"] = "-1",
        });

        var panel = Render<TopicPanel>(p => p.Add(t => t.Topic, topic));

        Assert.Equal("cloud (lkc-7q2x)", Text(panel, "topic-cluster"));
        Assert.Equal("12", Text(panel, "topic-partitions"));
        Assert.Equal("3", Text(panel, "topic-replication"));
        Assert.Equal("1,234,567", Text(panel, "topic-messages"));
        var rows = panel.FindAll("[data-testid=topic-config]");
        Assert.Equal(["cleanup.policy", "retention.bytes", "retention.ms", "segment.bytes"], rows.Select(r => r.GetAttribute("data-key")));
        Assert.Equal(["compact", "-1", "604800000", "1073741824"], panel.FindAll("[data-testid=topic-config-value]").Select(v => v.TextContent));
        Assert.Equal(["(unlimited)", "(7 d)", "(1 GiB)"], panel.FindAll("[data-testid=topic-config-readable]").Select(v => v.TextContent.Trim()));
    }

    [Fact]
    public void A_topic_without_configuration_or_cluster_id_says_what_is_missing()
    {
        var panel = Render<TopicPanel>(p => p.Add(t => t.Topic, new TopicDto("store-7", null, 1, null, null, new Dictionary<string, string>())));

        Assert.Equal("store-7", Text(panel, "topic-cluster"));
        Assert.Equal("—", Text(panel, "topic-replication"));
        Assert.Equal("—", Text(panel, "topic-messages"));
        Assert.NotNull(panel.Find("[data-testid=topic-configs-empty]"));
        Assert.Empty(panel.FindAll("[data-testid=topic-config]"));
    }

    [Theory]
    [InlineData("retention.ms", "86400000", "1 d")]
    [InlineData("retention.ms", "3600000", "1 h")]
    [InlineData("segment.ms", "90000", "90 s")]
    [InlineData("flush.ms", "-1", "unlimited")]
    [InlineData("max.message.bytes", "1048588", "1 MiB")]
    [InlineData("min.insync.replicas", "2", null)]
    [InlineData("cleanup.policy", "delete", null)]
    public void Durations_and_sizes_read_as_people_say_them(string key, string value, string? readable) =>
        Assert.Equal(readable, TopicConfigFormat.Readable(key, value));

    private static string Text(IRenderedComponent<TopicPanel> panel, string testId) =>
        panel.Find($"[data-testid={testId}]").TextContent.Trim();
}
