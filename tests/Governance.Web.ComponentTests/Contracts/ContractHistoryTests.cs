using System.Text.Json;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared.Contracts;
using Governance.Web.Contracts;

namespace Governance.Web.ComponentTests.Contracts;

/// <summary>Revisions with their reviews, the review panel, and violations with their evidence.</summary>
public sealed class ContractHistoryTests : ComponentTest
{
    private static readonly DateTime T0 = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyList<ContractRevisionDto> Revisions =
    [
        new(3, "1.1.0", "ACTIVE", "PENDING", "portal", T0.AddDays(2), null, null, null, "c", false),
        new(2, "1.0.0", "ACTIVE", "APPROVED", "ingestion-key", T0.AddDays(1), "steward-anna", T0.AddDays(1).AddHours(1), "Looks right.", "b", true),
        new(1, "1.0.0", "DRAFT", "APPROVED", "portal", T0, null, T0, null, "a", false),
    ];

    [Fact]
    public void Revisions_show_newest_first_with_their_review_and_the_one_in_force()
    {
        var list = Render<ContractRevisionList>(p => p.Add(l => l.Revisions, Revisions).Add(l => l.From, 2).Add(l => l.To, 3));

        Assert.Equal(["3", "2", "1"], list.FindAll("[data-testid=revision-row]").Select(r => r.GetAttribute("data-revision")));
        Assert.Equal(["PENDING", "APPROVED", "APPROVED"], list.FindAll("[data-testid=revision-review]").Select(r => r.TextContent.Trim()));
        Assert.Equal(["waiting for a steward", "by steward-anna", "automatically (draft)"],
            list.FindAll("[data-testid=revision-reviewer]").Select(r => r.TextContent.Trim()));
        Assert.Equal("“Looks right.”", list.Find("[data-revision='2'] [data-testid=revision-comment]").TextContent.Trim());
        Assert.Single(list.FindAll("[data-revision='2'] [data-testid=revision-in-force]"));
        Assert.Equal("2", list.Find("[data-testid=revision-from] option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void Choosing_revisions_asks_to_view_and_to_compare_them()
    {
        var viewed = new List<int>();
        var compared = new List<(int, int)>();
        var from = 2;
        var list = Render<ContractRevisionList>(p => p.Add(l => l.Revisions, Revisions).Add(l => l.From, from).Add(l => l.To, 3)
            .Add(l => l.FromChanged, v => from = v)
            .Add(l => l.RevisionSelected, r => viewed.Add(r)).Add(l => l.CompareRequested, pair => compared.Add(pair)));

        list.FindAll("[data-testid=revision-view]")[2].Click();
        list.Find("[data-testid=revision-from]").Change("1");
        list.Find("[data-testid=revision-compare]").Click();

        Assert.Equal([1], viewed);
        Assert.Equal(1, from);
        Assert.Equal([(2, 3)], compared); // the page applies a new "from" through FromChanged before comparing
    }

    [Fact]
    public void The_review_panel_reports_the_decision_with_its_comment_and_shows_a_refusal()
    {
        var decisions = new List<ContractReviewDecision>();
        var panel = Render<ContractReviewPanel>(p => p.Add(r => r.Pending, Revisions[0]).Add(r => r.Error, "Say why the revision is rejected.")
            .Add(r => r.ReviewDecided, d => decisions.Add(d)));

        panel.Find("[data-testid=review-approve]").Click();
        panel.Find("textarea[data-testid=review-comment]").Change("Bump the major version.");
        panel.Find("[data-testid=review-reject]").Click();

        Assert.Equal([new ContractReviewDecision(3, true, null), new ContractReviewDecision(3, false, "Bump the major version.")], decisions);
        Assert.Equal("Revision 3 awaits review", panel.Find("[data-testid=review-title]").TextContent.Trim());
        Assert.EndsWith("Say why the revision is rejected.", panel.Find("[data-testid=review-error]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_show_severity_state_times_contract_and_evidence()
    {
        var evidence = JsonSerializer.SerializeToElement(new { lag = 12000, maxLag = 1000 });
        IReadOnlyList<ViolationDto> violations =
        [
            new(2, "shop.orders.v1", "Orders", "team-orders", new EntityId("kafka://b:9092", "orders.v1"), "sla.lag:billing", "SLA_LAG", "ERROR",
                "Lag 12000 > 1000", evidence, T0, T0.AddHours(1), null, 3),
            new(1, "shop.orders.v1", "Orders", "team-orders", new EntityId("kafka://b:9092", "orders.v1"), "compatibility", "COMPATIBILITY", "CRITICAL",
                "Field removed", default, T0, T0, T0.AddHours(2), 1),
        ];

        var table = Render<ViolationTable>(p => p.Add(t => t.Rows, violations).Add(t => t.Count, 2).Add(t => t.ShowContract, true));

        var rows = table.FindAll("[data-testid=violation-row]");
        Assert.Equal(["ERROR", "CRITICAL"], rows.Select(r => r.GetAttribute("data-severity")));
        Assert.Single(rows[0].QuerySelectorAll("[data-testid=violation-open]"));
        Assert.Equal("2026-05-01 11:00 UTC", rows[1].QuerySelector("[data-testid=violation-resolved]")!.TextContent.Trim());
        Assert.Contains("\"lag\": 12000", rows[0].QuerySelector("[data-testid=violation-evidence-json]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("contracts/shop.orders.v1", rows[0].QuerySelector("[data-testid=violation-contract]")!.GetAttribute("href"));
        Assert.Contains("seen 3 times", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_diff_marks_added_and_removed_lines()
    {
        var lines = DocumentLineDiff.Compare("a: 1\nb: 2\nc: 3\n", "a: 1\nb: 20\nc: 3\nd: 4\n");

        var diff = Render<ContractRevisionDiff>(p => p.Add(d => d.Lines, lines));

        Assert.Equal(["same", "removed", "added", "same", "added"], diff.FindAll("[data-testid=diff-line]").Select(l => l.GetAttribute("data-change")));
        Assert.Equal("- b: 2", diff.FindAll("[data-testid=diff-line]")[1].TextContent.Trim());
    }
}
