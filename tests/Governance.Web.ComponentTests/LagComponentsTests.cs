using System.Globalization;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

/// <summary>The lag verdict badge, the trend line and the consumer lag panel of the dataset page.</summary>
public sealed class LagComponentsTests : ComponentTest
{
    private static readonly DateTime T0 = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("OK", "OK", "rz-badge-success", "Keeping up")]
    [InlineData("WARN", "WARN", "rz-badge-warning", "Falling behind")]
    [InlineData("STALL", "STALL", "rz-badge-danger", "Stalled")]
    [InlineData("STOP", "STOP", "rz-badge-danger", "Stopped")]
    [InlineData("REWIND", "REWIND", "rz-badge-danger", "Rewound")]
    [InlineData("ERR", "ERR", "rz-badge-danger", "Error")]
    [InlineData("stalled", "STALLED", "rz-badge-danger", "Stalled")]
    [InlineData("WARNING", "WARNING", "rz-badge-warning", "Falling behind")]
    [InlineData(null, "UNKNOWN", "rz-badge-base", "No verdict")]
    public void Each_verdict_has_its_colour_text_and_meaning(string? verdict, string text, string colour, string meaning)
    {
        var badge = Render<LagVerdictBadge>(p => p.Add(b => b.Verdict, verdict)).Find("[data-testid=lag-verdict]");

        Assert.Equal(text, badge.TextContent.Trim());
        Assert.Equal(text, badge.GetAttribute("data-verdict"));
        Assert.Contains(colour, badge.ClassList);
        Assert.StartsWith(meaning, badge.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_has_one_point_per_report_in_time_order_with_higher_lag_drawn_higher()
    {
        LagSampleDto[] samples = [new(T0, "OK", 15), new(T0.AddMinutes(1), "WARN", 30), new(T0.AddMinutes(2), "STALL", 50), new(T0.AddMinutes(4), "STALL", null)];

        var trend = Render<LagTrendChart>(p => p.Add(t => t.Samples, samples));

        Assert.Equal("4", trend.Find("[data-testid=lag-trend]").GetAttribute("data-points"));
        var points = trend.FindAll("[data-testid=lag-trend-point]");
        Assert.Equal(["OK", "WARN", "STALL", "STALL"], points.Select(p => p.GetAttribute("data-verdict")));
        Assert.Equal(["15", "30", "50", ""], points.Select(p => p.GetAttribute("data-lag") ?? ""));
        var x = points.Select(p => double.Parse(p.GetAttribute("cx")!, CultureInfo.InvariantCulture)).ToList();
        var y = points.Select(p => double.Parse(p.GetAttribute("cy")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(x.Order(), x);
        Assert.True(y[0] > y[1] && y[1] > y[2], "more lag is drawn higher (smaller y)");
        Assert.Contains("lag-danger", points[2].ClassList);
        Assert.Contains("lag-ok", points[0].ClassList);
        // The unknown lag is a dot on the baseline, not part of the line.
        Assert.Equal(3, trend.Find("polyline").GetAttribute("points")!.Split(' ').Length);
        Assert.Equal("4 reports · peak 50", trend.Find("[data-testid=lag-trend-caption]").TextContent.Trim());
    }

    [Fact]
    public void The_lag_panel_shows_each_group_with_its_verdict_lag_trend_and_partitions()
    {
        GroupLagDto[] groups =
        [
            new(new EntityId("kafka://cloud:9092", "billing"), "STALL", 50, 1050, T0.AddMinutes(3),
                [new(0, 160, 200, 40, "STALL"), new(1, 95, 100, 5, "OK")],
                [new(T0, "OK", 15), new(T0.AddMinutes(3), "STALL", 50)]),
            new(new EntityId("kafka://cloud:9092", "search-indexer"), "OK", 0, 0, T0, [], [new(T0, "OK", 0)]),
        ];

        var panel = Render<DatasetLagPanel>(p => p.Add(l => l.Groups, groups));

        var cards = panel.FindAll("[data-testid=lag-group]");
        Assert.Equal(["billing", "search-indexer"], cards.Select(c => c.GetAttribute("data-group")));
        var billing = cards[0];
        Assert.Equal("STALL", billing.QuerySelector("[data-testid=lag-verdict]")!.TextContent.Trim());
        Assert.Equal("50", billing.QuerySelector("[data-testid=lag-topic]")!.TextContent.Trim());
        Assert.StartsWith("1,050", billing.QuerySelector("[data-testid=lag-group-total]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("2", billing.QuerySelector("[data-testid=lag-trend]")!.GetAttribute("data-points"));
        Assert.Equal(["40", "5"], billing.QuerySelectorAll("[data-testid=partition-lag]").Select(c => c.TextContent.Trim()));
        Assert.Equal("jobs/kafka%3A%2F%2Fcloud%3A9092/billing", billing.QuerySelector("[data-testid=lag-group-name]")!.GetAttribute("href"));
        Assert.Empty(cards[1].QuerySelectorAll("[data-testid=lag-partitions]"));
    }

    [Fact]
    public void No_group_reporting_lag_says_so()
    {
        var panel = Render<DatasetLagPanel>(p => p.Add(l => l.Groups, []));

        Assert.NotNull(panel.Find("[data-testid=lag-empty]"));
        Assert.Empty(panel.FindAll("[data-testid=lag-group]"));
    }
}
