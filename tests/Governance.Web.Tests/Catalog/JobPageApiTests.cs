using System.Net;
using System.Text.Json.Nodes;
using Governance.Web.Components.Pages.Jobs;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>What the job page reads for a consumer group: the job, its latest heartbeat's lag, its runs and group.</summary>
public abstract class JobPageApiTests(AppFixture fixture)
{
    private const string CustomSchema = "https://github.com/governance/spec/facets/1-0-0/Governance.json";
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_consumer_group_job_exposes_its_latest_lag_group_and_heartbeats()
    {
        var ns = TestEvents.Unique("kafka://broker") + ":9092";
        var group = "orders-enricher";
        var runId = Guid.NewGuid().ToString();
        using var client = _app.CreateIngestClient();
        await Post(client, Heartbeat(ns, group, runId, T0, "OK", committed: 100));
        await Post(client, Heartbeat(ns, group, runId, T0.AddMinutes(1), "STALL", committed: 100));

        var job = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/{Segment(group)}");
        var runs = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/{Segment(group)}/runs");

        Assert.Equal([$"orders"], job.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("RUNNING", job.GetProperty("latestRun").GetProperty("state").GetString());
        var lag = JobFacetViews.ConsumerLag(job.GetProperty("latestRun").GetProperty("facets"));
        Assert.NotNull(lag);
        Assert.Equal("STALL", lag.Verdict);
        Assert.Equal(400, lag.TotalLag);
        var partition = Assert.Single(lag.Partitions!);
        Assert.Equal(("orders", 0, 100L, 500L, 400L, "STALL"),
            (partition.Topic, partition.Partition ?? -1, partition.CommittedOffset ?? -1, partition.LogEndOffset ?? -1, partition.Lag ?? -1, partition.Status));

        var consumerGroup = JobFacetViews.ConsumerGroup(job.GetProperty("facets"));
        Assert.NotNull(consumerGroup);
        Assert.Equal((group, "Stable"), (consumerGroup.GroupId, consumerGroup.State));
        Assert.Equal(["enricher-1"], consumerGroup.Members!.Select(m => m.ClientId));
        Assert.Equal("STREAMING", JobFacetViews.JobType(job.GetProperty("facets"))?.ProcessingType);

        Assert.Equal(1, runs.GetProperty("totalCount").GetInt32());
        Assert.Equal(runId, runs.GetProperty("runs")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_job_without_collector_facets_has_no_lag_or_group()
    {
        var ns = TestEvents.Unique("spark");
        using var client = _app.CreateIngestClient();
        await Post(client, TestEvents.Run("COMPLETE", ns, "nightly", Guid.NewGuid().ToString(), T0));

        var job = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/nightly");

        Assert.Null(JobFacetViews.ConsumerLag(job.GetProperty("latestRun").GetProperty("facets")));
        Assert.Null(JobFacetViews.ConsumerGroup(job.GetProperty("facets")));
    }

    /// <summary>A collector heartbeat for a consumer group reading <c>orders</c>, partition 0 at log end 500.</summary>
    private static JsonObject Heartbeat(string ns, string group, string runId, DateTimeOffset time, string verdict, long committed)
    {
        var evt = TestEvents.Run("RUNNING", ns, group, runId, time, [TestEvents.Dataset(ns, "orders")]);
        evt["run"]!["facets"] = new JsonObject
        {
            ["governance_consumerLag"] = Facet(new JsonObject
            {
                ["verdict"] = verdict,
                ["totalLag"] = 500 - committed,
                ["partitions"] = new JsonArray(new JsonObject
                {
                    ["topic"] = "orders", ["partition"] = 0, ["committedOffset"] = committed,
                    ["logEndOffset"] = 500, ["lag"] = 500 - committed, ["status"] = verdict,
                }),
            }),
        };
        evt["job"]!["facets"] = new JsonObject
        {
            ["governance_consumerGroup"] = Facet(new JsonObject
            {
                ["groupId"] = group, ["state"] = "Stable", ["protocol"] = "range",
                ["members"] = new JsonArray(new JsonObject { ["clientId"] = "enricher-1", ["host"] = "/10.0.0.1", ["partitions"] = new JsonArray("orders-0") }),
            }),
            ["jobType"] = new JsonObject
            {
                ["_producer"] = TestEvents.Producer,
                ["_schemaURL"] = "https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet",
                ["processingType"] = "STREAMING", ["integration"] = "KAFKA", ["jobType"] = "CONSUMER_GROUP",
            },
        };
        return evt;
    }

    private static JsonObject Facet(JsonObject body)
    {
        body["_producer"] = TestEvents.Producer;
        body["_schemaURL"] = CustomSchema;
        return body;
    }

    private static async Task Post(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteJobPageApiTests(SqliteAppFixture fixture) : JobPageApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlJobPageApiTests(PostgreSqlAppFixture fixture) : JobPageApiTests(fixture), IClassFixture<PostgreSqlAppFixture>;
