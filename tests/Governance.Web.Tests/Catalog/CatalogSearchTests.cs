using System.Net;
using System.Text.Json;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Catalog.CollectorFacets;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Catalog;

/// <summary>Search by owner and tag text, filters by domain, owner, tag and classification, sort directions and paging.</summary>
public abstract class CatalogSearchTests(AppFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Free_text_finds_entities_by_owner_domain_and_tag_values()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        var owner = TestEvents.Unique("team-loyalty");
        var tag = TestEvents.Unique("campaign");
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, "points.v1", new TopicLabels(Owner: owner)), T0));
        await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, "offers.v1", new TopicLabels(Tags: [(tag, "spring")])), T0));
        await PostAsync(client, TestEvents.JobEvent(ns, "points-writer", T0, [], [], JobOwnership(owner)));

        Assert.Equal(["points-writer", "points.v1"], await NamesAsync(client, $"q={owner.ToUpperInvariant()}"));
        Assert.Equal(["offers.v1"], await NamesAsync(client, $"q={tag}:spr"));
        Assert.Empty(await NamesAsync(client, $"q={owner}-nobody"));
    }

    [Fact]
    public async Task Each_filter_narrows_the_results_and_filters_combine()
    {
        var (ns, o1, o2) = await SeedShopAsync();
        using var client = _app.CreateClient();

        Assert.Equal(["alpha", "beta", "shipper"], await NamesAsync(client, $"namespace={Segment(ns)}&owner={o1.ToUpperInvariant()}"));
        Assert.Equal(["gamma"], await NamesAsync(client, $"owner={o2}"));
        Assert.Equal(["alpha", "gamma"], await NamesAsync(client, $"namespace={Segment(ns)}&domain=SALES"));
        Assert.Equal(["alpha"], await NamesAsync(client, $"namespace={Segment(ns)}&classification=pii"));
        Assert.Equal(["beta"], await NamesAsync(client, $"namespace={Segment(ns)}&tag=tier:gold"));
        Assert.Equal(["alpha"], await NamesAsync(client, $"owner={o1}&domain=sales"));
        Assert.Equal(["shipper"], await NamesAsync(client, $"owner={o1}&filter=JOB"));
        Assert.Equal(["alpha"], await NamesAsync(client, $"owner={o1}&q=alp"));
        Assert.Empty(await NamesAsync(client, $"owner={o1}&classification=PCI"));
    }

    [Fact]
    public async Task Results_carry_owners_domains_and_classifications()
    {
        var (ns, o1, _) = await SeedShopAsync();
        using var client = _app.CreateClient();

        var results = (await client.GetJsonAsync($"/api/v1/search?namespace={Segment(ns)}&owner={o1}")).GetProperty("results");

        var alpha = results.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "alpha");
        Assert.Equal([o1], Strings(alpha, "owners"));
        Assert.Equal(["sales"], Strings(alpha, "domains"));
        Assert.Equal(["PII"], Strings(alpha, "classifications")); // two PII fields, one classification
        var shipper = results.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "shipper");
        Assert.Equal("JOB", shipper.GetProperty("type").GetString());
        Assert.Equal([o1], Strings(shipper, "owners"));
        Assert.Empty(Strings(shipper, "classifications"));
    }

    [Fact]
    public async Task Sort_runs_either_way_by_name_and_by_update_time_and_pages_keep_the_total()
    {
        var ns = TestEvents.Unique("kafka://lkc");
        using var client = _app.CreateIngestClient();
        // Updated in the opposite order of their names.
        string[] names = ["delta", "charlie", "bravo", "alpha"];
        for (var i = 0; i < names.Length; i++)
        {
            await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, names[i], new TopicLabels()), T0.AddMinutes(i)));
        }

        var scope = $"namespace={Segment(ns)}";
        Assert.Equal(["alpha", "bravo", "charlie", "delta"], await NamesAsync(client, scope, ordered: true));
        Assert.Equal(["alpha", "bravo", "charlie", "delta"], await NamesAsync(client, $"{scope}&sort=NAME&direction=ASC", ordered: true));
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], await NamesAsync(client, $"{scope}&sort=name&direction=desc", ordered: true));
        Assert.Equal(["alpha", "bravo", "charlie", "delta"], await NamesAsync(client, $"{scope}&sort=UPDATE_AT", ordered: true));
        Assert.Equal(["delta", "charlie", "bravo", "alpha"], await NamesAsync(client, $"{scope}&sort=UPDATE_AT&direction=ASC", ordered: true));

        var page = await client.GetJsonAsync($"/api/v1/search?{scope}&sort=NAME&direction=DESC&limit=3&offset=3");
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["alpha"], page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Facets_count_each_value_for_the_current_search()
    {
        var (ns, o1, o2) = await SeedShopAsync();
        using var client = _app.CreateClient();
        var scope = $"namespace={Segment(ns)}";

        var all = await client.GetJsonAsync($"/api/v1/search/facets?{scope}");
        Assert.Equal([(o1, 3), (o2, 1)], Values(all, "owners"));
        // "sales" and "Sales" are one domain; the two entities count once each.
        Assert.Equal([("SALES", 2), ("PAYMENTS", 1)], Values(all, "domains").Select(v => (v.Value.ToUpperInvariant(), v.Count)));
        Assert.Equal([("PII", 1)], Values(all, "classifications")); // alpha's two PII fields count once
        Assert.Equal([("tier:gold", 1)], Values(all, "tags"));
        Assert.Equal([("DATASET", 3), ("JOB", 1)], Values(all, "types"));
        Assert.Contains((ns, 4), Values(all, "namespaces")); // the namespace list ignores the namespace chosen

        // A kind's own filter does not hide its alternatives; the other kinds count within it.
        var ofOwner = await client.GetJsonAsync($"/api/v1/search/facets?{scope}&owner={o1}");
        Assert.Equal([(o1, 3), (o2, 1)], Values(ofOwner, "owners"));
        Assert.Equal([("payments", 1), ("sales", 1)], Values(ofOwner, "domains"));
        Assert.Equal([("DATASET", 2), ("JOB", 1)], Values(ofOwner, "types"));

        var ofWords = await client.GetJsonAsync($"/api/v1/search/facets?{scope}&q=alpha&limit=1");
        Assert.Equal([(o1, 1)], Values(ofWords, "owners"));
        Assert.Single(Values(await client.GetJsonAsync($"/api/v1/search/facets?{scope}&limit=1"), "owners"));
    }

    [Theory]
    [InlineData("/api/v1/search?direction=SIDEWAYS", "Invalid direction")]
    [InlineData("/api/v1/search?sort=SIZE", "Invalid sort")]
    [InlineData("/api/v1/search?filter=TABLE", "Invalid filter")]
    [InlineData("/api/v1/search/facets?filter=TABLE", "Invalid filter")]
    public async Task Invalid_parameters_are_problems_that_say_what_is_wrong(string url, string title)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_filters_and_the_facets()
    {
        using var client = _app.CreateClient();

        var paths = (await client.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        var search = paths.GetProperty("/api/v1/search").GetProperty("get").GetProperty("parameters");
        Assert.Superset(
            new HashSet<string> { "q", "filter", "namespace", "domain", "owner", "tag", "classification", "sort", "direction", "limit", "offset" },
            search.EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.True(paths.TryGetProperty("/api/v1/search/facets", out _));
    }

    /// <summary>
    /// A small shop in its own namespace: alpha (owner o1, sales, PII on two fields), beta (o1,
    /// payments, tag tier:gold), gamma (o2, sales), and the job shipper (o1).
    /// </summary>
    private async Task<(string Ns, string O1, string O2)> SeedShopAsync()
    {
        var ns = TestEvents.Unique("kafka://shop");
        var (o1, o2) = (TestEvents.Unique("team-one"), TestEvents.Unique("team-two"));
        using var client = _app.CreateIngestClient();
        await PostAsync(client, TestEvents.DatasetEvent(
            Topic(ns, "alpha", new TopicLabels(Owner: o1, Domain: "sales", FieldTags: [("email", "PII"), ("phone", "PII")])), T0));
        await PostAsync(client, TestEvents.DatasetEvent(
            Topic(ns, "beta", new TopicLabels(RegistryOwner: o1, Domain: "payments", Tags: [("tier", "gold")])), T0));
        await PostAsync(client, TestEvents.DatasetEvent(Topic(ns, "gamma", new TopicLabels(Owner: o2, Domain: "Sales")), T0));
        await PostAsync(client, TestEvents.JobEvent(ns, "shipper", T0, [], [], JobOwnership(o1)));
        return (ns, o1, o2);
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string query, bool ordered = false)
    {
        var names = (await client.GetJsonAsync($"/api/v1/search?{query}")).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("name").GetString()!).ToList();
        return ordered ? names : names.Order(StringComparer.Ordinal).ToList();
    }

    private static List<(string Value, int Count)> Values(JsonElement facets, string kind) =>
        facets.GetProperty(kind).EnumerateArray()
            .Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())).ToList();

    private static List<string> Strings(JsonElement result, string property) =>
        result.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToList();
}

public sealed class SqliteCatalogSearchTests(SqliteAppFixture fixture) : CatalogSearchTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlCatalogSearchTests(PostgreSqlAppFixture fixture) : CatalogSearchTests(fixture), IClassFixture<PostgreSqlAppFixture>;
