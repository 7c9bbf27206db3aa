using Governance.Web.Components.Lineage;

namespace Governance.Web.ComponentTests;

/// <summary>The explorer's toolbar and time control report the viewer's choices up.</summary>
public sealed class LineageToolbarTests : ComponentTest
{
    private static readonly DateTime Opened = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Removed = new(2026, 11, 1, 12, 0, 0, 250, DateTimeKind.Utc);

    [Fact]
    public void The_column_and_pii_toggles_report_their_state()
    {
        bool? columns = null;
        bool? pii = null;
        var toolbar = Render<LineageToolbar>(p => p
            .Add(t => t.Depth, 3)
            .Add(t => t.ColumnsChanged, (bool c) => columns = c)
            .Add(t => t.PiiChanged, (bool h) => pii = h));

        toolbar.Find("[data-testid=lineage-column-mode]").Change(true);
        toolbar.Find("[data-testid=lineage-highlight-pii]").Change(true);

        Assert.True(columns);
        Assert.True(pii);
    }

    [Fact]
    public void Column_mode_disables_the_node_type_filters_and_a_job_cannot_show_columns()
    {
        var columns = Render<LineageToolbar>(p => p.Add(t => t.Columns, true));
        var job = Render<LineageToolbar>(p => p.Add(t => t.CanShowColumns, false));

        Assert.True(columns.Find("[data-testid=lineage-show-jobs]").HasAttribute("disabled"));
        Assert.True(columns.Find("[data-testid=lineage-column-mode]").HasAttribute("checked"));
        Assert.True(job.Find("[data-testid=lineage-column-mode]").HasAttribute("disabled"));
        Assert.False(job.Find("[data-testid=lineage-show-jobs]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_svg_button_asks_for_an_svg_export()
    {
        var asked = 0;
        var toolbar = Render<LineageToolbar>(p => p.Add(t => t.ExportSvg, () => asked++));

        toolbar.Find("[data-testid=lineage-export-svg]").Click();

        Assert.Equal(1, asked);
    }

    [Fact]
    public void The_slider_has_a_stop_per_change_and_now_at_its_end()
    {
        var control = Render<LineageTimeControl>(p => p.Add(t => t.Timeline, [Removed, Opened, Opened]));

        var slider = control.Find("[data-testid=lineage-time-slider]");
        Assert.Equal(("0", "2", "2"), (slider.GetAttribute("min"), slider.GetAttribute("max"), slider.GetAttribute("value")));
        Assert.Equal("now", control.Find("[data-testid=lineage-time-label]").TextContent);
        Assert.Equal(3, control.FindAll("datalist option").Count);
    }

    [Fact]
    public void An_instant_between_two_changes_shows_the_earlier_one()
    {
        var control = Render<LineageTimeControl>(p => p
            .Add(t => t.Timeline, [Opened, Removed])
            .Add(t => t.AsOf, new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero)));

        Assert.Equal("0", control.Find("[data-testid=lineage-time-slider]").GetAttribute("value"));
        Assert.Equal("2026-11-01 08:00:00 UTC", control.Find("[data-testid=lineage-time-label]").TextContent);
    }

    [Fact]
    public void Moving_the_slider_reports_the_exact_instant_of_the_change_or_now()
    {
        var reported = new List<DateTimeOffset?>();
        var control = Render<LineageTimeControl>(p => p
            .Add(t => t.Timeline, [Opened, Removed])
            .Add(t => t.AsOfChanged, (DateTimeOffset? t) => reported.Add(t)));

        control.Find("[data-testid=lineage-time-slider]").Change("1");
        control.Find("[data-testid=lineage-time-slider]").Change("2");

        // To the millisecond: the graph as of a rounded instant could miss the change.
        Assert.Equal([new DateTimeOffset(Removed), null], reported);
    }

    [Fact]
    public void Without_a_timeline_only_the_date_time_input_is_shown()
    {
        var control = Render<LineageTimeControl>(p => p.Add(t => t.Timeline, (IReadOnlyList<DateTime>?)null));

        Assert.Empty(control.FindAll("[data-testid=lineage-time-slider]"));
        Assert.NotNull(control.Find("[data-testid=lineage-as-of]"));
    }

    [Theory]
    [InlineData(0, "lineage?nodeId=dataset%3Ans%3Aorders&asOf=2026-11-01T12%3A00%3A00Z")]
    [InlineData(250, "lineage?nodeId=dataset%3Ans%3Aorders&asOf=2026-11-01T12%3A00%3A00.25Z")]
    public void The_url_keeps_an_instant_to_the_fraction_of_a_second(int milliseconds, string expected)
    {
        var instant = new DateTimeOffset(2026, 11, 1, 12, 0, 0, milliseconds, TimeSpan.Zero);

        Assert.Equal(expected, LineageLinks.Explorer("dataset:ns:orders", asOf: instant));
    }

    [Fact]
    public void The_url_carries_the_mode_and_the_highlighting()
    {
        Assert.Equal("lineage?nodeId=dataset%3Ans%3Aorders&depth=2&hide=jobs&mode=columns&highlight=pii",
            LineageLinks.Explorer("dataset:ns:orders", depth: 2, hide: "jobs", columns: true, pii: true));
    }
}
