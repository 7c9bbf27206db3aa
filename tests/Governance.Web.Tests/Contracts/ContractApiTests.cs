using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Contracts.ContractTestData;

namespace Governance.Web.Tests.Contracts;

/// <summary>The contracts API beyond YAML import: the JSON shape, authentication, media types, listing and the governed dataset.</summary>
public abstract class ContractApiTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Writes_without_the_API_key_are_refused()
    {
        var key = TestEvents.Unique("anonymous");
        using var client = _app.CreateClient();

        using var post = await client.PostAsync("/api/v1/contracts", YamlBody(Document(key)));
        using var approve = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/1/approve", "{}");
        using var reject = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/1/reject", """{"comment":"no"}""");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            new[] { post.StatusCode, approve.StatusCode, reject.StatusCode });
        using var lookup = await client.GetAsync(ContractUrl(key));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Other_media_types_and_oversized_documents_are_refused()
    {
        using var client = _app.CreateIngestClient();

        using var text = await client.PostAsync("/api/v1/contracts", new StringContent(Document("x"), Encoding.UTF8, "text/plain"));
        using var huge = await client.PostAsync("/api/v1/contracts", YamlBody(Document("x") + "# " + new string('x', 1_100_000)));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_contracts_and_violations_API()
    {
        using var client = _app.CreateClient();

        var paths = (await client.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        var submit = paths.GetProperty("/api/v1/contracts").GetProperty("post");
        Assert.Equal(["application/json", "application/x-yaml", "application/yaml", "text/yaml"],
            submit.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/v1/contracts/{key}/export").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").TryGetProperty("application/yaml", out _));
        Assert.True(paths.TryGetProperty("/api/v1/contracts/{key}/revisions/{revision}/approve", out _));
        Assert.True(paths.TryGetProperty("/api/v1/violations/summary", out _));
    }

    [Fact]
    public async Task The_JSON_shape_creates_reads_back_and_revises_keeping_what_it_does_not_carry()
    {
        var key = TestEvents.Unique("json");
        using var client = _app.CreateIngestClient();
        // Created from YAML with a member the JSON shape does not carry (support channels).
        var yaml = Document(key) + "support:\n  - channel: '#orders'\n    url: https://chat.example.com/orders\n";
        (await client.PostAsync("/api/v1/contracts", YamlBody(yaml))).Dispose();

        var contract = (await client.GetJsonAsync(ContractUrl(key))).GetProperty("contract");
        Assert.Equal(("draft", "orders.v1", "number"), (contract.GetProperty("status").GetString(),
            contract.GetProperty("dataset").GetProperty("name").GetString(), contract.GetProperty("fields")[1].GetProperty("logicalType").GetString()));
        var changed = JsonNode.Parse(contract.GetRawText())!.AsObject();
        changed["version"] = "1.1.0";
        changed["fields"]![1]!["classification"] = "confidential";
        using var revised = await client.PostJsonAsync("/api/v1/contracts", changed);

        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        using var document = await client.GetAsync($"{ContractUrl(key)}/revisions/2");
        var stored = OdcsYaml.Import(await document.Content.ReadAsStringAsync()).Contract!;
        Assert.Equal(Governance.Model.Contracts.FieldClassification.Confidential, stored.Fields[1].Classification);
        Assert.Contains(stored.Preserved, p => p.Name == "support" && p.Json.Contains("#orders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_JSON_shape_names_what_it_cannot_read()
    {
        var key = TestEvents.Unique("json-bad");
        using var client = _app.CreateIngestClient();
        var body = new JsonObject
        {
            ["id"] = key, ["version"] = "1.0.0",
            ["dataset"] = new JsonObject { ["name"] = "orders.v1" },
            ["fields"] = new JsonArray(new JsonObject { ["name"] = "amount", ["logicalType"] = "money" }),
        };

        using var response = await client.PostJsonAsync("/api/v1/contracts", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("fields[0].logicalType", error.GetProperty("path").GetString());
        Assert.StartsWith("'money' is not one of string, date,", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var lookup = await client.GetAsync(ContractUrl(key));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task A_contract_on_a_reported_topic_links_the_dataset_and_shows_its_registry_rules()
    {
        var ns = TestEvents.Unique("kafka://cluster") + ":9092";
        var topic = TestEvents.Unique("orders");
        var subject = topic + "-value";
        var key = TestEvents.Unique("linked");
        using var client = _app.CreateIngestClient();
        await ReportTopicAsync(client, ns, topic, subject);

        // No servers in the contract: the namespace comes from the dataset that reports the subject.
        var yaml = Document(key, topic: topic, subject: subject).Replace("servers:\n  - server: production\n    type: kafka\n    host: broker-1:9092\n", "", StringComparison.Ordinal);
        using var created = await client.PostAsync("/api/v1/contracts", YamlBody(yaml));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var detail = await client.GetJsonAsync(ContractUrl(key));
        var dataset = detail.GetProperty("dataset");
        Assert.Equal((ns, topic, true), (dataset.GetProperty("namespace").GetString(), dataset.GetProperty("name").GetString(), dataset.GetProperty("inCatalog").GetBoolean()));
        var registry = Assert.Single(detail.GetProperty("registry").EnumerateArray());
        Assert.Equal((subject, 3, "BACKWARD"), (registry.GetProperty("subject").GetString(), registry.GetProperty("version").GetInt32(), registry.GetProperty("compatibility").GetString()));
        Assert.Equal("sales", registry.GetProperty("properties").GetProperty("domain").GetString());
        Assert.Equal("PII", registry.GetProperty("tags")[0].GetProperty("tags")[0].GetString());
        var rule = Assert.Single(registry.GetProperty("domainRules").EnumerateArray());
        Assert.Equal(("checkAmount", "CEL", "message.amount > 0"), (rule.GetProperty("name").GetString(), rule.GetProperty("type").GetString(), rule.GetProperty("expression").GetString()));
        Assert.Equal("UPGRADE", registry.GetProperty("migrationRules")[0].GetProperty("mode").GetString());

        // The dataset knows its contract too.
        var reported = await client.GetJsonAsync($"/api/v1/namespaces/{Uri.EscapeDataString(ns)}/datasets/{Uri.EscapeDataString(topic)}");
        var governing = Assert.Single(reported.GetProperty("contracts").EnumerateArray());
        Assert.Equal((key, "DRAFT"), (governing.GetProperty("key").GetString(), governing.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_list_filters_by_status_owner_namespace_and_text()
    {
        var owner = TestEvents.Unique("team");
        var host = TestEvents.Unique("broker") + ":9092";
        var (draft, active) = (TestEvents.Unique("list-draft"), TestEvents.Unique("list-active"));
        using var client = _app.CreateIngestClient();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(draft, owner: owner, host: host)))).Dispose();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(active, owner: owner, topic: "payments.v1")))).Dispose();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(active, owner: owner, topic: "payments.v1", status: "active")))).Dispose();
        (await client.PostJsonAsync($"{ContractUrl(active)}/revisions/2/approve", "{}")).Dispose();

        Assert.Equal([active, draft], await KeysAsync($"owner={owner.ToUpperInvariant()}"));
        Assert.Equal([active], await KeysAsync($"owner={owner}&status=active"));
        Assert.Equal([draft], await KeysAsync($"owner={owner}&namespace={Uri.EscapeDataString("kafka://" + host)}"));
        Assert.Equal([active], await KeysAsync($"owner={owner}&q=PAYMENTS"));
        using var bad = await client.GetAsync("/api/v1/contracts?status=retired");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        async Task<List<string?>> KeysAsync(string query) =>
            (await client.GetJsonAsync($"/api/v1/contracts?{query}")).GetProperty("contracts").EnumerateArray()
                .Select(c => c.GetProperty("key").GetString()).Order(StringComparer.Ordinal).ToList();
    }
}

public sealed class SqliteContractApiTests(SqliteAppFixture fixture) : ContractApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlContractApiTests(PostgreSqlAppFixture fixture) : ContractApiTests(fixture), IClassFixture<PostgreSqlAppFixture>;
