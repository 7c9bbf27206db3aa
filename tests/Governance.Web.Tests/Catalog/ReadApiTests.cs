using System.Net;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Namespaces, paging, search, health and the OpenAPI document.</summary>
public abstract class ReadApiTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Datasets_page_through_a_namespace()
    {
        var ns = TestEvents.Unique("kafka://store-0042");
        using var client = _app.CreateIngestClient();
        var outputs = Enumerable.Range(0, 7).Select(i => TestEvents.Dataset(ns, $"topic-{i}")).ToList();
        var response = await client.PostJsonAsync("/api/v1/lineage",
            TestEvents.Run("COMPLETE", ns, "mirror", Guid.NewGuid().ToString(), DateTimeOffset.UtcNow, [], outputs));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var page1 = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets?limit=5&offset=0");
        var page2 = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets?limit=5&offset=5");
        var namespaces = await client.GetJsonAsync("/api/v1/namespaces");

        Assert.Equal(7, page1.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, page1.GetProperty("datasets").GetArrayLength());
        Assert.Equal(["topic-5", "topic-6"], page2.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Contains(namespaces.GetProperty("namespaces").EnumerateArray(), n => n.GetProperty("name").GetString() == ns);
    }

    [Fact]
    public async Task Search_finds_datasets_by_field_name_and_jobs_by_name()
    {
        var ns = TestEvents.Unique("search");
        var field = TestEvents.Unique("loyaltyfield");
        using var client = _app.CreateIngestClient();
        await client.PostJsonAsync("/api/v1/lineage", TestEvents.Run("COMPLETE", ns, "points-calculator", Guid.NewGuid().ToString(),
            DateTimeOffset.UtcNow, [], [TestEvents.Dataset(ns, "members", ("id", "long"), (field, "int"))]));

        var byField = await client.GetJsonAsync($"/api/v1/search?q={field.ToUpperInvariant()}");
        var jobs = await client.GetJsonAsync($"/api/v1/search?q=points-calc&filter=JOB&namespace={Segment(ns)}");
        var bad = await client.GetAsync("/api/v1/search?q=x&filter=TABLE");

        var hit = Assert.Single(byField.GetProperty("results").EnumerateArray());
        Assert.Equal($"dataset:{ns}:members", hit.GetProperty("nodeId").GetString());
        Assert.Equal("JOB", Assert.Single(jobs.GetProperty("results").EnumerateArray()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Unknown_namespace_dataset_and_job_are_404_problems()
    {
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/namespaces/nope/datasets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/namespaces/nope/datasets/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/namespaces/nope/jobs/x/runs")).StatusCode);
    }

    [Fact]
    public async Task Health_alive_and_openapi_answer()
    {
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        var openApi = await client.GetJsonAsync("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/lineage", out _));
    }

    [Fact]
    public async Task Governance_facet_schemas_are_served_where_their_schema_urls_point()
    {
        using var client = _app.CreateClient();

        var schema = await client.GetJsonAsync("/openlineage/facets/GovernanceTopicDatasetFacet.json");
        var missing = await client.GetAsync("/openlineage/facets/NoSuchFacet.json");

        Assert.True(schema.GetProperty("$defs").TryGetProperty("GovernanceTopicDatasetFacet", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

public sealed class SqliteReadApiTests(SqliteAppFixture fixture) : ReadApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlReadApiTests(PostgreSqlAppFixture fixture) : ReadApiTests(fixture), IClassFixture<PostgreSqlAppFixture>;
