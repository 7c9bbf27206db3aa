using System.Net;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Tests.Ingestion;

/// <summary>Each stored run or job event points at the catalog job it was projected onto.</summary>
public abstract class RawEventJobLinkTests(AppFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Run_and_job_events_are_linked_to_their_job_and_dataset_events_to_none()
    {
        var ns = TestEvents.Unique("kafka://cluster");
        using var client = _app.CreateIngestClient();
        var topic = TestEvents.Dataset(ns, "orders", ("id", "string"));
        var run = TestEvents.Run("COMPLETE", ns, "order-loader", Guid.NewGuid().ToString(), T0, inputs: [topic]);
        var declared = TestEvents.JobEvent(ns, "order-archiver", T0, [topic], []);
        var datasetOnly = TestEvents.DatasetEvent(topic, T0);

        foreach (var evt in new[] { run, declared, datasetOnly })
        {
            using var response = await client.PostJsonAsync("/api/v1/lineage", evt.ToJsonString());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var links = await _app.QueryAsync(db => db.RawEvents.Where(e => e.JobNamespace == ns || e.Payload.Contains(ns))
            .Select(e => new { e.EventKind, JobName = e.Job == null ? null : e.Job.Name }).ToListAsync());
        Assert.Equal(
            [("DatasetEvent", (string?)null), ("JobEvent", "order-archiver"), ("RunEvent", "order-loader")],
            links.Select(l => (l.EventKind, l.JobName)).OrderBy(l => l.EventKind));
    }
}

public sealed class SqliteRawEventJobLinkTests(SqliteAppFixture fixture) : RawEventJobLinkTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlRawEventJobLinkTests(PostgreSqlAppFixture fixture) : RawEventJobLinkTests(fixture), IClassFixture<PostgreSqlAppFixture>;
