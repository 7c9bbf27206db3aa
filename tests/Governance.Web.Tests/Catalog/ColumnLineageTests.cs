using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Field-level lineage from the <c>columnLineage</c> facet, read through <c>/api/v1/column-lineage</c>.</summary>
public abstract class ColumnLineageTests(AppFixture fixture)
{
    private const string ColumnLineageSchema = "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Upstream_fields_are_walked_across_jobs_up_to_the_depth()
    {
        var ns = TestEvents.Unique("postgres://db") + ":5432";
        using var client = _app.CreateIngestClient();
        await PostPipelineAsync(client, ns, T0, withCustomerFilter: true);

        var full = await GraphAsync(client, Field(ns, "mart.revenue", "revenue"));
        var depth1 = await GraphAsync(client, Field(ns, "mart.revenue", "revenue"), depth: 1);

        Assert.Equal(
            [Field(ns, "mart.revenue", "revenue"), Field(ns, "raw.orders", "amount"), Field(ns, "raw.orders", "customer"), Field(ns, "staging.orders", "total")],
            Ids(full));
        Assert.Equal([Field(ns, "mart.revenue", "revenue"), Field(ns, "staging.orders", "total")], Ids(depth1));

        var total = Node(full, Field(ns, "staging.orders", "total"));
        Assert.Equal("DATASET_FIELD", total.GetProperty("type").GetString());
        var data = total.GetProperty("data");
        Assert.Equal(ns, data.GetProperty("namespace").GetString());
        Assert.Equal("staging.orders", data.GetProperty("dataset").GetString());
        Assert.Equal("total", data.GetProperty("field").GetString());
        Assert.Equal("decimal", data.GetProperty("fieldType").GetString());
        var inputs = data.GetProperty("inputFields").EnumerateArray().ToList();
        Assert.Equal(["amount", "customer"], inputs.Select(i => i.GetProperty("field").GetString()));
        Assert.Equal("DIRECT", inputs[0].GetProperty("transformationType").GetString());
        Assert.Equal("AGGREGATION", inputs[0].GetProperty("transformations")[0].GetProperty("subtype").GetString());
        Assert.Equal("INDIRECT", inputs[1].GetProperty("transformationType").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("transformationType").ValueKind);
        Assert.Equal([Field(ns, "raw.orders", "amount"), Field(ns, "raw.orders", "customer")], Origins(total));
        Assert.Equal([Field(ns, "mart.revenue", "revenue")], Destinations(total));
    }

    [Fact]
    public async Task Downstream_fields_are_returned_only_when_asked()
    {
        var ns = TestEvents.Unique("postgres://db") + ":5432";
        using var client = _app.CreateIngestClient();
        await PostPipelineAsync(client, ns, T0, withCustomerFilter: true);

        var upstreamOnly = await GraphAsync(client, Field(ns, "raw.orders", "amount"));
        var withDownstream = await GraphAsync(client, Field(ns, "raw.orders", "amount"), withDownstream: true);

        Assert.Equal([Field(ns, "raw.orders", "amount")], Ids(upstreamOnly));
        Assert.Equal(
            [Field(ns, "mart.revenue", "revenue"), Field(ns, "raw.orders", "amount"), Field(ns, "staging.orders", "total")],
            Ids(withDownstream));
    }

    [Fact]
    public async Task A_field_edge_missing_from_a_newer_facet_is_closed_but_still_readable_in_the_past()
    {
        var ns = TestEvents.Unique("postgres://db") + ":5432";
        using var client = _app.CreateIngestClient();
        await PostPipelineAsync(client, ns, T0, withCustomerFilter: true);
        await PostPipelineAsync(client, ns, T0.AddHours(1), withCustomerFilter: false);

        var now = await GraphAsync(client, Field(ns, "staging.orders", "total"));
        var before = await GraphAsync(client, Field(ns, "staging.orders", "total"), asOf: T0.AddMinutes(30));

        Assert.Equal([Field(ns, "raw.orders", "amount"), Field(ns, "staging.orders", "total")], Ids(now));
        Assert.Equal(
            [Field(ns, "raw.orders", "amount"), Field(ns, "raw.orders", "customer"), Field(ns, "staging.orders", "total")],
            Ids(before));
    }

    [Fact]
    public async Task A_dataset_node_starts_from_all_its_fields()
    {
        var ns = TestEvents.Unique("postgres://db") + ":5432";
        using var client = _app.CreateIngestClient();
        await PostPipelineAsync(client, ns, T0, withCustomerFilter: true);

        var graph = await GraphAsync(client, $"dataset:{ns}:staging.orders", depth: 1);

        Assert.Equal(
            [Field(ns, "raw.orders", "amount"), Field(ns, "raw.orders", "customer"), Field(ns, "raw.orders", "id"),
             Field(ns, "staging.orders", "order_id"), Field(ns, "staging.orders", "total")],
            Ids(graph));
    }

    [Fact]
    public async Task Dataset_and_field_names_may_contain_colons()
    {
        var ns = TestEvents.Unique("kafka://broker") + ":9092";
        using var client = _app.CreateIngestClient();
        var output = TestEvents.Dataset(ns, "orders:enriched", ("key:id", "string"))
            .WithFacet("columnLineage", ColumnLineageSchema, Lineage(("key:id", [(ns, "orders:raw", "id", "DIRECT", "IDENTITY")])));
        await Post(client, TestEvents.Run("COMPLETE", ns, "enrich", Guid.NewGuid().ToString(), T0,
            [TestEvents.Dataset(ns, "orders:raw")], [output]));

        var graph = await GraphAsync(client, Field(ns, "orders:enriched", "key:id"));

        Assert.Equal([Field(ns, "orders:enriched", "key:id"), Field(ns, "orders:raw", "id")], Ids(graph));
        Assert.Equal("key:id", Node(graph, Field(ns, "orders:enriched", "key:id")).GetProperty("data").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Spark_column_lineage_fixture_is_projected()
    {
        using var client = _app.CreateIngestClient();
        var response = await client.PostJsonAsync("/api/v1/lineage", Fixtures.Read("complete", "spark__compat-CLL__8.json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var graph = await GraphAsync(client, "datasetField:file:/tmp/cll_test/tbl1:agg", depth: 1);

        Assert.Equal(
            ["datasetField:file:/tmp/cll_test/cll_source1:a", "datasetField:file:/tmp/cll_test/cll_source1:b",
             "datasetField:file:/tmp/cll_test/cll_source2:a", "datasetField:file:/tmp/cll_test/cll_source2:c",
             "datasetField:file:/tmp/cll_test/tbl1:agg"],
            Ids(graph));
    }

    [Fact]
    public async Task Unknown_and_malformed_node_ids_are_rejected()
    {
        using var client = _app.CreateIngestClient();

        var missing = await client.GetAsync($"/api/v1/column-lineage?nodeId={Segment("datasetField:nowhere:nothing:x")}");
        var bad = await client.GetAsync($"/api/v1/column-lineage?nodeId={Segment("job:ns:name")}");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>
    /// raw.orders(id, amount, customer) → load → staging.orders(order_id ← id, total ← amount [+ customer as a filter])
    /// → aggregate → mart.revenue(revenue ← total).
    /// </summary>
    private static async Task PostPipelineAsync(HttpClient client, string ns, DateTimeOffset time, bool withCustomerFilter)
    {
        var raw = TestEvents.Dataset(ns, "raw.orders", ("id", "long"), ("amount", "decimal"), ("customer", "string"));
        (string, string, string, string, string)[] totalInputs = withCustomerFilter
            ? [(ns, "raw.orders", "amount", "DIRECT", "AGGREGATION"), (ns, "raw.orders", "customer", "INDIRECT", "FILTER")]
            : [(ns, "raw.orders", "amount", "DIRECT", "AGGREGATION")];
        var staging = TestEvents.Dataset(ns, "staging.orders", ("order_id", "long"), ("total", "decimal"))
            .WithFacet("columnLineage", ColumnLineageSchema, Lineage(
                ("order_id", [(ns, "raw.orders", "id", "DIRECT", "IDENTITY")]),
                ("total", totalInputs)));
        var mart = TestEvents.Dataset(ns, "mart.revenue", ("revenue", "decimal"))
            .WithFacet("columnLineage", ColumnLineageSchema, Lineage(("revenue", [(ns, "staging.orders", "total", "DIRECT", "AGGREGATION")])));

        await Post(client, TestEvents.Run("COMPLETE", ns, "load", Guid.NewGuid().ToString(), time, [raw], [staging]));
        await Post(client, TestEvents.Run("COMPLETE", ns, "aggregate", Guid.NewGuid().ToString(), time.AddMinutes(1),
            [TestEvents.Dataset(ns, "staging.orders")], [mart]));
    }

    private static JsonObject Lineage(params (string Output, (string Ns, string Name, string Field, string Type, string Subtype)[] Inputs)[] fields)
    {
        var result = new JsonObject();
        foreach (var (output, inputs) in fields)
        {
            result[output] = new JsonObject
            {
                ["inputFields"] = new JsonArray(inputs.Select(i => (JsonNode)new JsonObject
                {
                    ["namespace"] = i.Ns,
                    ["name"] = i.Name,
                    ["field"] = i.Field,
                    ["transformations"] = new JsonArray(new JsonObject { ["type"] = i.Type, ["subtype"] = i.Subtype }),
                }).ToArray()),
            };
        }

        return new JsonObject { ["fields"] = result };
    }

    private static string Field(string ns, string dataset, string field) => $"datasetField:{ns}:{dataset}:{field}";

    private static async Task<List<JsonElement>> GraphAsync(
        HttpClient client, string nodeId, int depth = 20, bool withDownstream = false, DateTimeOffset? asOf = null)
    {
        var url = $"/api/v1/column-lineage?nodeId={Segment(nodeId)}&depth={depth}&withDownstream={(withDownstream ? "true" : "false")}"
            + (asOf is { } t ? $"&asOf={Segment(t.ToString("O"))}" : "");
        return (await client.GetJsonAsync(url)).GetProperty("graph").EnumerateArray().ToList();
    }

    private static List<string> Ids(IEnumerable<JsonElement> graph) =>
        graph.Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static JsonElement Node(IEnumerable<JsonElement> graph, string id) =>
        graph.Single(n => n.GetProperty("id").GetString() == id);

    private static List<string> Origins(JsonElement node) =>
        node.GetProperty("inEdges").EnumerateArray().Select(e => e.GetProperty("origin").GetString()!).ToList();

    private static List<string> Destinations(JsonElement node) =>
        node.GetProperty("outEdges").EnumerateArray().Select(e => e.GetProperty("destination").GetString()!).ToList();

    private static async Task Post(HttpClient client, JsonObject evt)
    {
        var response = await client.PostJsonAsync("/api/v1/lineage", evt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteColumnLineageTests(SqliteAppFixture fixture) : ColumnLineageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlColumnLineageTests(PostgreSqlAppFixture fixture) : ColumnLineageTests(fixture), IClassFixture<PostgreSqlAppFixture>;

/// <summary>How <c>datasetField:</c> ids are split into namespace, dataset name and field.</summary>
public sealed class ColumnLineageNodeIdTests
{
    [Theory]
    [InlineData("datasetField:kafka://broker:9092:orders:id", "kafka://broker:9092", "orders", "id")]
    [InlineData("datasetField:file:/tmp/a:b", "file", "/tmp/a", "b")]
    [InlineData("datasetField:postgres://db:5432:public.orders:total", "postgres://db:5432", "public.orders", "total")]
    public void The_most_likely_reading_splits_at_the_last_colon(string nodeId, string ns, string name, string field)
    {
        var first = Governance.Web.Catalog.ColumnLineageNodeId.Candidates(nodeId)[0];

        Assert.Equal((ns, name, field), (first.Namespace, first.Name, first.Field));
    }

    [Fact]
    public void Every_colon_after_the_namespace_is_a_candidate_split()
    {
        var candidates = Governance.Web.Catalog.ColumnLineageNodeId.Candidates("datasetField:kafka://b:9092:a:b:c");

        Assert.Equal([("a:b", "c"), ("a", "b:c")], candidates.Select(c => (c.Name, c.Field!)));
    }

    [Theory]
    [InlineData("dataset:kafka://b:9092:orders", "kafka://b:9092", "orders")]
    public void A_dataset_id_means_all_its_fields(string nodeId, string ns, string name)
    {
        var only = Assert.Single(Governance.Web.Catalog.ColumnLineageNodeId.Candidates(nodeId));

        Assert.Equal((ns, name, (string?)null), (only.Namespace, only.Name, only.Field));
    }

    [Theory]
    [InlineData("job:ns:name")]
    [InlineData("datasetField:ns:name")]
    [InlineData("datasetField:ns:name:")]
    [InlineData("field:ns:name:x")]
    public void Other_ids_have_no_reading(string nodeId) =>
        Assert.Empty(Governance.Web.Catalog.ColumnLineageNodeId.Candidates(nodeId));
}
