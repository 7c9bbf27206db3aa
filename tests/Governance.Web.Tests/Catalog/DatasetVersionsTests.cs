using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>The version list, a single version and the field diff between two versions.</summary>
public abstract class DatasetVersionsTests(AppFixture fixture)
{
    private const string SchemaUrl = "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";
    private const string DataSourceUrl = "https://openlineage.io/spec/facets/1-0-1/DatasourceDatasetFacet.json#/$defs/DatasourceDatasetFacet";
    private const string DocumentationUrl = "https://openlineage.io/spec/facets/1-0-1/DocumentationDatasetFacet.json#/$defs/DocumentationDatasetFacet";
    private const string Name = "sales/orders"; // a slash, so the name travels percent-encoded
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Lists_versions_newest_first_with_their_nested_fields_run_and_identity_facets()
    {
        var (ns, runId) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var list = await client.GetJsonAsync(VersionsUrl(ns));

        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        var versions = list.GetProperty("versions");
        Assert.Equal(["2", "1"], versions.EnumerateArray().Select(v => v.GetProperty("version").GetString()));
        Assert.Equal([T0.AddHours(1).UtcDateTime, T0.UtcDateTime], versions.EnumerateArray().Select(v => v.GetProperty("createdAt").GetDateTime().ToUniversalTime()));
        Assert.Equal([runId, null], versions.EnumerateArray().Select(v => v.GetProperty("runId").GetString()));
        var latest = versions[0];
        Assert.Equal(ns, latest.GetProperty("id").GetProperty("namespace").GetString());
        Assert.Equal(Name, latest.GetProperty("id").GetProperty("name").GetString());
        Assert.Equal("2", latest.GetProperty("id").GetProperty("version").GetString());
        Assert.Equal(Name, latest.GetProperty("name").GetString());
        Assert.Equal(ns, latest.GetProperty("namespace").GetString());
        Assert.Equal(["order_id", "total", "customer"], Names(latest.GetProperty("fields")));
        Assert.Equal(["email", "phone"], Names(latest.GetProperty("fields")[2].GetProperty("fields")));
        Assert.Equal("decimal(10,2)", latest.GetProperty("fields")[1].GetProperty("type").GetString());
        Assert.Equal(["schema", "dataSource"], latest.GetProperty("facets").EnumerateObject().Select(f => f.Name));
        // The data source identifies a version, so each version names its own.
        Assert.Equal(["broker-b", "broker-a"], versions.EnumerateArray().Select(v => v.GetProperty("sourceName").GetString()));
        Assert.Equal(["order_id", "total", "customer", "legacy_code"], Names(versions[1].GetProperty("fields")));
    }

    [Fact]
    public async Task Pages_the_version_list()
    {
        var (ns, _) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var page = await client.GetJsonAsync(VersionsUrl(ns) + "?limit=1&offset=1");

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["1"], page.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Gets_one_version()
    {
        var (ns, _) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var version = await client.GetJsonAsync(VersionsUrl(ns) + "/1");

        Assert.Equal("1", version.GetProperty("version").GetString());
        Assert.Equal(T0.UtcDateTime, version.GetProperty("createdAt").GetDateTime().ToUniversalTime());
        Assert.Equal(["order_id", "total", "customer", "legacy_code"], Names(version.GetProperty("fields")));
        Assert.Equal(["email"], Names(version.GetProperty("fields")[2].GetProperty("fields")));
    }

    [Fact]
    public async Task Diffs_two_versions_by_dotted_path_including_nested_fields()
    {
        var (ns, _) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var forward = await client.GetJsonAsync(VersionsUrl(ns) + "/diff?from=1&to=2");
        var backward = await client.GetJsonAsync(VersionsUrl(ns) + "/diff?from=2&to=1");

        AssertJson("""
            {
              "from": "1", "to": "2",
              "added": [ { "path": "customer.phone", "name": "phone", "depth": 1, "type": "string", "description": "Mobile number." } ],
              "removed": [ { "path": "legacy_code", "name": "legacy_code", "depth": 0, "type": "int", "description": null } ],
              "changed": [
                { "path": "total", "depth": 0, "before": { "type": "int", "description": "Order total." }, "after": { "type": "decimal(10,2)", "description": "Order total." } },
                { "path": "customer.email", "depth": 1, "before": { "type": "string", "description": null }, "after": { "type": "string", "description": "Where receipts go." } }
              ]
            }
            """, forward);
        AssertJson("""
            {
              "from": "2", "to": "1",
              "added": [ { "path": "legacy_code", "name": "legacy_code", "depth": 0, "type": "int", "description": null } ],
              "removed": [ { "path": "customer.phone", "name": "phone", "depth": 1, "type": "string", "description": "Mobile number." } ],
              "changed": [
                { "path": "total", "depth": 0, "before": { "type": "decimal(10,2)", "description": "Order total." }, "after": { "type": "int", "description": "Order total." } },
                { "path": "customer.email", "depth": 1, "before": { "type": "string", "description": "Where receipts go." }, "after": { "type": "string", "description": null } }
              ]
            }
            """, backward);
    }

    [Fact]
    public async Task A_version_compared_with_itself_has_no_differences()
    {
        var (ns, _) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var same = await client.GetJsonAsync(VersionsUrl(ns) + "/diff?from=2&to=2");

        AssertJson("""{ "from": "2", "to": "2", "added": [], "removed": [], "changed": [] }""", same);
    }

    [Theory]
    [InlineData("/versions")]
    [InlineData("/versions/1")]
    [InlineData("/versions/diff?from=1&to=2")]
    public async Task An_unknown_dataset_is_a_404_problem(string path)
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateClient();

        var response = await client.GetAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/nothing-here{path}");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "Dataset not found");
    }

    [Theory]
    [InlineData("/9", "version 9")]
    [InlineData("/diff?from=1&to=9", "version 9")]
    [InlineData("/diff?from=7&to=2", "version 7")]
    public async Task An_unknown_version_is_a_404_problem(string path, string detail)
    {
        var (ns, _) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var response = await client.GetAsync(VersionsUrl(ns) + path);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound, "Dataset version not found");
        Assert.EndsWith(detail + ".", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/abc")]
    [InlineData("/0")]
    [InlineData("/-1")]
    [InlineData("/diff")]
    [InlineData("/diff?from=1")]
    [InlineData("/diff?from=x&to=2")]
    [InlineData("/diff?from=1&to=0")]
    public async Task Malformed_version_numbers_are_a_400_problem(string path)
    {
        var (ns, _) = await TwoVersionsAsync();
        using var client = _app.CreateClient();

        var response = await client.GetAsync(VersionsUrl(ns) + path);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Invalid version");
    }

    /// <summary>
    /// Version 1 from a dataset event; version 2 from a run that moves the dataset to another data
    /// source, changes types, nests a new field and drops one; then a documentation-only change, which describes a version but makes no new one.
    /// </summary>
    private async Task<(string Namespace, string RunId)> TwoVersionsAsync()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        var runId = Guid.NewGuid().ToString();
        using var client = _app.CreateIngestClient();

        var v1 = Schema(ns,
            Field("order_id", "string", "Unique order id."),
            Field("total", "int", "Order total."),
            Field("customer", "struct", null, Field("email", "string", null)),
            Field("legacy_code", "int", null))
            .WithFacet("dataSource", DataSourceUrl, new JsonObject { ["name"] = "broker-a" });
        await PostAsync(client, TestEvents.DatasetEvent(v1, T0));

        var v2 = Schema(ns,
            Field("order_id", "string", "Unique order id."),
            Field("total", "decimal(10,2)", "Order total."),
            Field("customer", "struct", null, Field("email", "string", "Where receipts go."), Field("phone", "string", "Mobile number.")))
            .WithFacet("dataSource", DataSourceUrl, new JsonObject { ["name"] = "broker-b" });
        await PostAsync(client, TestEvents.Run("COMPLETE", "flink", TestEvents.Unique("checkout"), runId, T0.AddHours(1), outputs: [v2]));

        var documented = ((JsonObject)v2.DeepClone()).WithFacet("documentation", DocumentationUrl, new JsonObject { ["description"] = "Orders." });
        await PostAsync(client, TestEvents.DatasetEvent(documented, T0.AddHours(2)));
        return (ns, runId);
    }

    private static JsonObject Schema(string ns, params JsonObject[] fields) =>
        TestEvents.Dataset(ns, Name).WithFacet("schema", SchemaUrl, new JsonObject { ["fields"] = new JsonArray(fields) });

    private static JsonObject Field(string name, string type, string? description, params JsonObject[] children)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type };
        if (description is not null)
        {
            field["description"] = description;
        }

        if (children.Length > 0)
        {
            field["fields"] = new JsonArray(children);
        }

        return field;
    }

    private static string VersionsUrl(string ns) => $"/api/v1/namespaces/{Segment(ns)}/datasets/{Segment(Name)}/versions";

    private static IEnumerable<string?> Names(JsonElement fields) => fields.EnumerateArray().Select(f => f.GetProperty("name").GetString());

    private static void AssertJson(string expected, JsonElement actual)
    {
        var actualNode = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actualNode), $"Expected {expected}\nActual {actualNode?.ToJsonString()}");
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        return problem;
    }

    private static async Task PostAsync(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteDatasetVersionsTests(SqliteAppFixture fixture) : DatasetVersionsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlDatasetVersionsTests(PostgreSqlAppFixture fixture) : DatasetVersionsTests(fixture), IClassFixture<PostgreSqlAppFixture>;
