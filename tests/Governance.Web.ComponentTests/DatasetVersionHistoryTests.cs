using Governance.Web.Catalog;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class DatasetVersionHistoryTests : ComponentTest
{
    private static readonly IReadOnlyList<DatasetVersionSummary> Versions =
    [
        new(3, new DateTime(2026, 4, 3, 9, 0, 0, DateTimeKind.Utc), "run-3", 4),
        new(2, new DateTime(2026, 4, 2, 9, 0, 0, DateTimeKind.Utc), null, 3),
        new(1, new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc), "run-1", 2),
    ];

    [Fact]
    public void Lists_versions_newest_first_with_the_chosen_pair_selected()
    {
        var history = Render<DatasetVersionHistory>(p => p
            .Add(h => h.Versions, Versions).Add(h => h.From, 2).Add(h => h.To, 3));

        Assert.Equal(["3", "2", "1"], history.FindAll("[data-testid=version-row]").Select(r => r.GetAttribute("data-version")));
        Assert.Equal(["2026-04-03 09:00 UTC", "2026-04-02 09:00 UTC", "2026-04-01 09:00 UTC"],
            history.FindAll("[data-testid=version-created]").Select(c => c.TextContent.Trim()));
        Assert.Equal("2", history.Find("[data-testid=version-from] option[selected]").GetAttribute("value"));
        Assert.Equal("3", history.Find("[data-testid=version-to] option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void Choosing_a_version_reports_the_new_pair()
    {
        var chosen = new List<DatasetVersionSelection>();
        var history = Render<DatasetVersionHistory>(p => p
            .Add(h => h.Versions, Versions).Add(h => h.From, 2).Add(h => h.To, 3)
            .Add(h => h.SelectionChanged, s => chosen.Add(s)));

        history.Find("[data-testid=version-from]").Change("1");
        history.Find("[data-testid=version-to]").Change("2");

        Assert.Equal([new DatasetVersionSelection(1, 3), new DatasetVersionSelection(2, 2)], chosen);
    }

    [Fact]
    public void A_single_version_has_nothing_to_choose()
    {
        var history = Render<DatasetVersionHistory>(p => p
            .Add(h => h.Versions, [Versions[2]]).Add(h => h.From, 1).Add(h => h.To, 1));

        Assert.Single(history.FindAll("[data-testid=version-row]"));
        Assert.Empty(history.FindAll("[data-testid=version-from]"));
    }
}
