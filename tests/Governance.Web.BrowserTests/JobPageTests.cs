using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Infrastructure.RetailCatalog;

namespace Governance.Web.BrowserTests;

public sealed class JobPageTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_job_opens_from_the_catalog_with_its_datasets_runs_and_lag()
    {
        await ReportLagAsync();
        var catalog = await new CatalogPageObject(Page).GotoAsync("?type=job");

        var job = await JobPageObject.OpenFromCatalogAsync(catalog, OrderEnricher);

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(JobPageObject.Url(Jobs, OrderEnricher)) + "$"));
        await Expect(job.Namespace).ToHaveTextAsync(Jobs);
        await Expect(job.Integration).ToHaveTextAsync("FLINK");
        await Expect(job.LatestState).ToHaveTextAsync("RUNNING");
        await Expect(job.Inputs).ToHaveTextAsync([Orders, Payments]);
        await Expect(job.Outputs).ToHaveTextAsync([EnrichedOrders]);
        await Expect(job.Runs).ToHaveCountAsync(2);
        await Expect(job.LagVerdict).ToHaveTextAsync("WARN");
        await Expect(job.LagPartitions).ToHaveCountAsync(2);
        await Expect(job.GroupMembers).ToHaveCountAsync(1);

        await job.Inputs.GetByText(Orders, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(DatasetPageObject.Url(Kafka, Orders)) + "$"));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Dataset_pages_link_their_jobs()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Kafka, Orders);

        await dataset.Consumers.GetByText(OrderEnricher, new LocatorGetByTextOptions { Exact = true }).ClickAsync();

        await Expect(new JobPageObject(Page).Name).ToHaveTextAsync(OrderEnricher);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task An_unknown_job_says_so()
    {
        var job = new JobPageObject(Page);

        await job.GotoAsync(Jobs, "no-such-job");

        await Expect(Page).ToHaveTitleAsync("Job not found · Governance");
        await Expect(job.NotFound).ToContainTextAsync("no-such-job");
        await AssertPortalHealthyAsync();
    }

    /// <summary>
    /// What the collector reports for a consumer group: a RUNNING heartbeat with the lag run facet and
    /// the group job facet. Sent at most once per portal (the run id is fixed, and ingestion is
    /// idempotent), one second after the seeded run so the catalog's order does not change.
    /// </summary>
    private async Task ReportLagAsync()
    {
        var heartbeat = new JsonObject
        {
            ["eventType"] = "RUNNING",
            ["eventTime"] = new DateTimeOffset(2026, 11, 20, 8, 2, 1, TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture),
            ["producer"] = LineageEvents.Producer,
            ["schemaURL"] = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
            ["run"] = new JsonObject
            {
                ["runId"] = "0193a1a0-0000-7000-8000-00000000beef",
                ["facets"] = new JsonObject
                {
                    ["governance_consumerLag"] = Custom(new JsonObject
                    {
                        ["verdict"] = "WARN",
                        ["totalLag"] = 1250,
                        ["partitions"] = new JsonArray(
                            Partition(0, 1000, 2000, "WARN"),
                            Partition(1, 500, 750, "OK")),
                    }),
                },
            },
            ["job"] = new JsonObject
            {
                ["namespace"] = Jobs,
                ["name"] = OrderEnricher,
                ["facets"] = new JsonObject
                {
                    ["governance_consumerGroup"] = Custom(new JsonObject
                    {
                        ["groupId"] = OrderEnricher,
                        ["state"] = "Stable",
                        ["protocol"] = "range",
                        ["members"] = new JsonArray(new JsonObject
                        {
                            ["clientId"] = "order-enricher-1", ["host"] = "/10.0.0.7", ["partitions"] = new JsonArray("orders.v1-0", "orders.v1-1"),
                        }),
                    }),
                },
            },
            ["inputs"] = new JsonArray(LineageEvents.DatasetRef(Kafka, Orders), LineageEvents.DatasetRef(Kafka, Payments)),
            ["outputs"] = new JsonArray(LineageEvents.DatasetRef(Kafka, EnrichedOrders)),
        };

        using var http = new HttpClient { BaseAddress = Portal.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        using var response = await http.PostAsJsonAsync("api/v1/lineage", heartbeat);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        static JsonObject Partition(int partition, long committed, long logEnd, string status) => new()
        {
            ["topic"] = Orders, ["partition"] = partition, ["committedOffset"] = committed,
            ["logEndOffset"] = logEnd, ["lag"] = logEnd - committed, ["status"] = status,
        };

        static JsonObject Custom(JsonObject body)
        {
            body["_producer"] = LineageEvents.Producer;
            body["_schemaURL"] = "https://github.com/governance/spec/facets/1-0-0/Governance.json";
            return body;
        }
    }
}
