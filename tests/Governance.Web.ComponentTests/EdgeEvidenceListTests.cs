using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class EdgeEvidenceListTests : ComponentTest
{
    private static readonly DateTime T0 = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Each_job_shows_its_period_and_the_evidence_for_the_edge()
    {
        DatasetEdgeDto[] edges =
        [
            new(new EntityId("kafka://cloud:9092", "billing"), "INPUT", T0, T0.AddMinutes(3),
                [new("COMMITTED_OFFSET", "partition 0 at offset 900"), new("GROUP_MEMBER", "billing-1 assigned customers.v1-0")],
                "urn:governance:collector:1.0.0", 42, T0.AddMinutes(2), "/api/v1/events/lineage/42"),
        ];

        var list = Render<EdgeEvidenceList>(p => p
            .Add(l => l.Title, "Consumed by").Add(l => l.Edges, edges).Add(l => l.EmptyText, "Nobody reads it.").Add(l => l.TestId, "consumers"));

        var job = list.Find("[data-testid=consumers] [data-testid=job-ref]");
        Assert.Equal("billing", job.GetAttribute("data-job"));
        Assert.Equal("billing", job.QuerySelector("[data-testid=job-name]")!.TextContent);
        Assert.Equal("since 2026-06-01 10:00 UTC · last seen 2026-06-01 10:03 UTC",
            string.Join(' ', job.QuerySelector("[data-testid=edge-period]")!.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["COMMITTED_OFFSET", "GROUP_MEMBER"], job.QuerySelectorAll("[data-testid=evidence-item]").Select(i => i.GetAttribute("data-kind")));
        Assert.Contains("partition 0 at offset 900", job.QuerySelector("[data-testid=evidence-item]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(job.QuerySelectorAll("[data-testid=edge-reported-by]"));
        Assert.Equal("/api/v1/events/lineage/42", job.QuerySelector("[data-testid=edge-event-link]")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_evidence_it_says_who_reported_the_edge()
    {
        DatasetEdgeDto[] edges =
        [
            new(new EntityId("audit", "customer-audit"), "INPUT", T0, T0, [], "https://github.com/acme/audit", 7, T0, "/api/v1/events/lineage/7"),
        ];

        var list = Render<EdgeEvidenceList>(p => p.Add(l => l.Title, "Consumed by").Add(l => l.Edges, edges).Add(l => l.EmptyText, "-"));

        Assert.Empty(list.FindAll("[data-testid=evidence-item]"));
        Assert.Equal("No evidence given; reported by https://github.com/acme/audit",
            string.Join(' ', list.Find("[data-testid=edge-reported-by]").TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void No_jobs_show_the_empty_text()
    {
        var list = Render<EdgeEvidenceList>(p => p.Add(l => l.Title, "Produced by").Add(l => l.Edges, []).Add(l => l.EmptyText, "No job writes it."));

        Assert.Equal("No job writes it.", list.Find("[data-testid=job-list-empty]").TextContent.Trim());
        Assert.Empty(list.FindAll("[data-testid=job-ref]"));
    }
}
