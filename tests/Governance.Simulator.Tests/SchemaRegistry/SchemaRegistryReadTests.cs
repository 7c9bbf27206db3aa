using System.Net;
using System.Text.Json.Nodes;

namespace Governance.Simulator.Tests.SchemaRegistry;

/// <summary>Reading subjects, versions, schemas by id, config and mode through real HTTP.</summary>
public class SchemaRegistryReadTests
{
    [Fact]
    public async Task Subjects_list_the_live_subjects_and_deleted_ones_on_request()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var live = await registry.GetAsync("/subjects");
        var all = await registry.GetAsync("/subjects?deleted=true");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("application/vnd.schemaregistry.v1+json", live.ContentType);
        var names = live.Body!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("orders.placed.v1-value", names);
        Assert.Contains("com.retail.common.Address", names);
        Assert.DoesNotContain("orders.placed.v0-value", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("orders.placed.v0-value", all.Body!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task A_subject_lists_its_versions()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var versions = await registry.GetAsync("/subjects/orders.placed.v1-value/versions");

        Assert.Equal([1, 2, 3], versions.Body!.AsArray().Select(v => v!.GetValue<int>()));
    }

    [Fact]
    public async Task An_avro_version_has_subject_version_id_schema_references_metadata_and_rules_but_no_schema_type()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var answer = await registry.GetAsync("/subjects/orders.placed.v1-value/versions/latest");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var body = answer.Body!.AsObject();
        Assert.Equal("orders.placed.v1-value", body["subject"]!.GetValue<string>());
        Assert.Equal(3, body["version"]!.GetValue<int>());
        Assert.True(body["id"]!.GetValue<int>() > 100_000);
        Assert.False(body.ContainsKey("schemaType"));
        Assert.Equal("record", JsonNode.Parse(body["schema"]!.GetValue<string>())!["type"]!.GetValue<string>());
        var reference = body["references"]!.AsArray().Single()!;
        Assert.Equal("com.retail.common.Address", reference["name"]!.GetValue<string>());
        Assert.Equal("com.retail.common.Address", reference["subject"]!.GetValue<string>());
        Assert.Equal(1, reference["version"]!.GetValue<int>());
        Assert.Equal("PII", body["metadata"]!["tags"]!["Order.customer.email"]![0]!.GetValue<string>());
        Assert.Equal("team-orders", body["metadata"]!["properties"]!["owner"]!.GetValue<string>());
        Assert.Equal("checkEmail", body["ruleSet"]!["domainRules"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Json_and_protobuf_versions_name_their_schema_type()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var json = await registry.GetAsync("/subjects/payments.fraud-alerts.v1-value/versions/1");
        var protobuf = await registry.GetAsync("/subjects/pos.transactions.v1-value/versions/-1");

        Assert.Equal("JSON", json.Body!["schemaType"]!.GetValue<string>());
        Assert.Equal("PROTOBUF", protobuf.Body!["schemaType"]!.GetValue<string>());
        Assert.Contains("message PosTransaction", protobuf.Body!["schema"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(json.Body!.AsObject().ContainsKey("references"));
    }

    [Fact]
    public async Task The_schema_endpoint_answers_with_the_schema_text_itself()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var text = await registry.GetAsync("/subjects/payments.authorized.v1-key/versions/1/schema");

        Assert.Equal("\"string\"", text.Text);
    }

    [Fact]
    public async Task A_schema_id_resolves_to_its_schema_subjects_and_versions()
    {
        await using var registry = await RegistryHarness.StartAsync();
        var version = await registry.GetAsync("/subjects/orders.placed.v1-value/versions/1");
        var id = version.Body!["id"]!.GetValue<int>();

        var schema = await registry.GetAsync($"/schemas/ids/{id}");
        var subjects = await registry.GetAsync($"/schemas/ids/{id}/subjects");
        var withDeleted = await registry.GetAsync($"/schemas/ids/{id}/subjects?deleted=true");
        var versions = await registry.GetAsync($"/schemas/ids/{id}/versions");

        Assert.Equal(version.Body!["schema"]!.GetValue<string>(), schema.Body!["schema"]!.GetValue<string>());
        Assert.False(schema.Body!.AsObject().ContainsKey("subject"));
        Assert.Equal(["orders.placed.v1-value"], subjects.Body!.AsArray().Select(s => s!.GetValue<string>()));
        // The soft-deleted v0 subject registered the very same schema, so it shares the id.
        Assert.Equal(["orders.placed.v0-value", "orders.placed.v1-value"], withDeleted.Body!.AsArray().Select(s => s!.GetValue<string>()).Order());
        var entry = versions.Body!.AsArray().Single()!;
        Assert.Equal("orders.placed.v1-value", entry["subject"]!.GetValue<string>());
        Assert.Equal(1, entry["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Global_and_subject_compatibility_follow_the_scenario()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var global = await registry.GetAsync("/config");
        var subject = await registry.GetAsync("/config/masterdata.articles.v1-value");
        var inheriting = await registry.GetAsync("/config/orders.status-changed.v1-value");
        var fallback = await registry.GetAsync("/config/orders.status-changed.v1-value?defaultToGlobal=true");

        Assert.Equal("BACKWARD", global.Body!["compatibilityLevel"]!.GetValue<string>());
        Assert.Equal("BACKWARD_TRANSITIVE", subject.Body!["compatibilityLevel"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, inheriting.Status);
        Assert.Equal(40408, inheriting.ErrorCode);
        Assert.Equal("BACKWARD", fallback.Body!["compatibilityLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mode_is_global()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var global = await registry.GetAsync("/mode");
        var subject = await registry.GetAsync("/mode/orders.placed.v1-value");
        var fallback = await registry.GetAsync("/mode/orders.placed.v1-value?defaultToGlobal=true");

        Assert.Equal("READWRITE", global.Body!["mode"]!.GetValue<string>());
        Assert.Equal(40409, subject.ErrorCode);
        Assert.Equal("READWRITE", fallback.Body!["mode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/subjects/nope-value/versions", 404, 40401, "Subject 'nope-value' not found.")]
    [InlineData("/subjects/nope-value/versions/1", 404, 40401, "Subject 'nope-value' not found.")]
    [InlineData("/subjects/orders.placed.v1-value/versions/9", 404, 40402, "Version 9 not found.")]
    [InlineData("/subjects/orders.placed.v1-value/versions/0", 422, 42202, null)]
    [InlineData("/subjects/orders.placed.v1-value/versions/first", 422, 42202, null)]
    [InlineData("/subjects/orders.placed.v0-value/versions", 404, 40401, null)]
    [InlineData("/schemas/ids/7", 404, 40403, "Schema 7 not found.")]
    [InlineData("/no/such/route", 404, 404, "HTTP 404 Not Found")]
    public async Task Errors_use_the_registry_format_and_codes(string path, int status, int code, string? message)
    {
        await using var registry = await RegistryHarness.StartAsync();

        var answer = await registry.GetAsync(path);

        Assert.Equal(status, (int)answer.Status);
        Assert.Equal(code, answer.ErrorCode);
        if (message is not null) Assert.Equal(message, answer.Message);
        Assert.Equal(["error_code", "message"], answer.Body!.AsObject().Select(p => p.Key));
    }
}
