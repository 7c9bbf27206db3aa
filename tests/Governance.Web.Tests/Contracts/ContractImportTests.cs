using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Contracts.ContractTestData;

namespace Governance.Web.Tests.Contracts;

/// <summary>
/// Contracts submitted as ODCS YAML: the standard's examples import and export unchanged; bad input of every kind is
/// refused with the field named (and, for a document, its line and column) and nothing saved; re-posting is idempotent.
/// </summary>
public abstract partial class ContractImportTests(AppFixture fixture)
{
    /// <summary>The examples of the ODCS repository that the contract model accepts (the rest are rejected by the model tests).</summary>
    public static TheoryData<string> AcceptedExamples() => new(
        "data-types/all-data-types.odcs.yaml", "fundamentals/table-column-description.odcs.yaml", "quality/column-completeness.odcs.yaml",
        "roles/service-and-operational-roles.odcs.yaml", "schema/kafka-schema.odcs.yaml", "schema/kafka-schemaregistry.odcs.yaml",
        "schema/table-column.odcs.yaml", "schema/table-columns-with-partition.odcs.yaml", "server/kafka-server.odcs.yaml",
        "sla/database-table-sla.odcs.yaml", "stakeholders/basic-four-dpo.odcs.yaml");

    private readonly GovernanceApp _app = fixture.App;

    [Theory]
    [MemberData(nameof(AcceptedExamples))]
    public async Task An_ODCS_example_imports_and_its_export_imports_to_an_equal_contract(string file)
    {
        // Several examples share one id: each test gives its copy its own, changing nothing else.
        var key = TestEvents.Unique("example");
        var yaml = IdLine().Replace(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Odcs", file)), $"id: {key}", 1);
        using var client = _app.CreateIngestClient();

        using var created = await client.PostAsync("/api/v1/contracts", YamlBody(yaml));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.ReadJsonAsync();
        Assert.Equal(("created", key, 1), (saved.GetProperty("result").GetString(), saved.GetProperty("key").GetString(), saved.GetProperty("revision").GetInt32()));
        if (saved.GetProperty("review").GetString() == "PENDING")
        {
            using var approved = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/1/approve", "{}");
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using var export = await client.GetAsync($"{ContractUrl(key)}/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/yaml", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{key}.odcs.yaml", export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);
        var exported = await export.Content.ReadAsStringAsync();
        Assert.Equal(OdcsYaml.Import(yaml).Contract, OdcsYaml.Import(exported).Contract);

        // The export posted back is the same document: nothing new.
        using var again = await client.PostAsync("/api/v1/contracts", YamlBody(exported, "text/yaml"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.ReadJsonAsync()).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Invalid_YAML_is_refused_with_its_line_and_column_and_nothing_is_saved()
    {
        var key = TestEvents.Unique("syntax");
        var yaml = Document(key).Replace("name: Orders", "name: [Orders", StringComparison.Ordinal);

        var error = await AssertRefusedAsync(yaml, key, HttpStatusCode.BadRequest);

        Assert.Equal("syntax", error.GetProperty("kind").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 4, error.ToString());
        Assert.True(error.GetProperty("column").GetInt32() >= 1, error.ToString());
    }

    [Fact]
    public async Task A_document_against_the_ODCS_schema_names_the_member()
    {
        var key = TestEvents.Unique("schema");
        var yaml = Document(key).Replace("    host: broker-1:9092\n", string.Empty, StringComparison.Ordinal);

        var error = await AssertRefusedAsync(yaml, key, HttpStatusCode.BadRequest);

        Assert.Equal(("schema", "servers[0].host", "'host' is required"),
            (error.GetProperty("kind").GetString(), error.GetProperty("path").GetString(), error.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Number, error.GetProperty("line").ValueKind);
    }

    [Fact]
    public async Task An_unknown_subject_is_refused_at_the_subject_until_the_platform_knows_it()
    {
        var key = TestEvents.Unique("subject");
        var subject = TestEvents.Unique("orders") + "-value";
        var yaml = Document(key, subject: subject);

        var error = await AssertRefusedAsync(yaml, key, HttpStatusCode.BadRequest);

        Assert.Equal("customProperties[0].value", error.GetProperty("path").GetString());
        Assert.Equal($"unknown Schema Registry subject '{subject}'", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Number, error.GetProperty("line").ValueKind);

        await RegisterSubjectAsync(_app, subject);
        using var client = _app.CreateIngestClient();
        using var accepted = await client.PostAsync("/api/v1/contracts", YamlBody(yaml));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task Contradictory_rules_are_refused_at_the_rule()
    {
        var key = TestEvents.Unique("contradiction");

        var error = await AssertRefusedAsync(Document(key, amountRules: "{ minimum: 10, maximum: 5 }"), key, HttpStatusCode.BadRequest);

        Assert.Equal(("invalid", "schema[0].properties[1].logicalTypeOptions.minimum", "minimum 10 is greater than maximum 5"),
            (error.GetProperty("kind").GetString(), error.GetProperty("path").GetString(), error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_quality_rule_that_is_not_CEL_is_refused_at_its_expression()
    {
        var key = TestEvents.Unique("cel");

        var error = await AssertRefusedAsync(Document(key, qualityRule: "record.amount > > 0"), key, HttpStatusCode.BadRequest);

        Assert.Equal("schema[0].quality[0].implementation", error.GetProperty("path").GetString());
        Assert.StartsWith("not a valid CEL expression", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_same_document_again_creates_no_revision()
    {
        var key = TestEvents.Unique("idempotent");
        using var client = _app.CreateIngestClient();

        using var first = await client.PostAsync("/api/v1/contracts", YamlBody(Document(key)));
        using var second = await client.PostAsync("/api/v1/contracts", YamlBody(Document(key)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var body = await second.ReadJsonAsync();
        Assert.Equal(("unchanged", 1, "APPROVED"), (body.GetProperty("result").GetString(), body.GetProperty("revision").GetInt32(), body.GetProperty("review").GetString()));
        Assert.Single((await client.GetJsonAsync($"{ContractUrl(key)}/revisions")).EnumerateArray());
    }

    [Fact]
    public async Task Each_change_is_a_revision_and_every_revision_keeps_its_document()
    {
        var key = TestEvents.Unique("history");
        using var client = _app.CreateIngestClient();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(key)))).Dispose();

        using var revised = await client.PostAsync("/api/v1/contracts", YamlBody(Document(key, version: "1.1.0", owner: "team-billing")));

        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        Assert.EndsWith($"/revisions/2", revised.Headers.Location!.ToString(), StringComparison.Ordinal);
        var revisions = (await client.GetJsonAsync($"{ContractUrl(key)}/revisions")).EnumerateArray().ToList();
        Assert.Equal([(2, "1.1.0", "APPROVED", true), (1, "1.0.0", "APPROVED", false)],
            revisions.Select(r => (r.GetProperty("revision").GetInt32(), r.GetProperty("version").GetString(), r.GetProperty("review").GetString(),
                r.GetProperty("inForce").GetBoolean())));
        Assert.All(revisions, r => Assert.Equal("ingestion-key", r.GetProperty("createdBy").GetString()));
        using var first = await client.GetAsync($"{ContractUrl(key)}/revisions/1");
        Assert.Equal("application/yaml", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("team-orders", OdcsYaml.Import(await first.Content.ReadAsStringAsync()).Contract!.Owner);
        var contract = await client.GetJsonAsync(ContractUrl(key));
        Assert.Equal(("team-billing", 2), (contract.GetProperty("summary").GetProperty("owner").GetString(),
            contract.GetProperty("summary").GetProperty("currentRevision").GetInt32()));
    }

    [GeneratedRegex("^id: .*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    /// <summary>Posts a bad document, checks the refusal and that no contract exists; the single error.</summary>
    private async Task<JsonElement> AssertRefusedAsync(string yaml, string key, HttpStatusCode status)
    {
        using var client = _app.CreateIngestClient();
        using var response = await client.PostAsync("/api/v1/contracts", YamlBody(yaml));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadJsonAsync();
        using var lookup = await client.GetAsync(ContractUrl(key));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => Task.FromResult(db.ContractRevisions.Count(r => r.Contract.Key == key))));
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Contains(error.GetProperty("path").GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return error;
    }
}

public sealed class SqliteContractImportTests(SqliteAppFixture fixture) : ContractImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlContractImportTests(PostgreSqlAppFixture fixture) : ContractImportTests(fixture), IClassFixture<PostgreSqlAppFixture>;
