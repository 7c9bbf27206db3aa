using System.Net;
using System.Text.Json.Nodes;

namespace Governance.Simulator.Tests.SchemaRegistry;

/// <summary>Registering, looking up, deleting and configuring through real HTTP, and the control surface.</summary>
public class SchemaRegistryWriteTests
{
    private const string Subject = "orders.status-changed.v1-value";

    [Fact]
    public async Task A_registered_version_is_visible_in_the_next_get()
    {
        await using var registry = await RegistryHarness.StartAsync();
        var before = await registry.GetAsync($"/subjects/{Subject}/versions/latest");
        var schema = AddField(before.Body!["schema"]!.GetValue<string>(), "warehouseId");

        var registered = await registry.PostAsync($"/subjects/{Subject}/versions", new JsonObject { ["schema"] = schema });
        var after = await registry.GetAsync($"/subjects/{Subject}/versions/latest");

        Assert.Equal(HttpStatusCode.OK, registered.Status);
        var id = registered.Body!["id"]!.GetValue<int>();
        Assert.Equal(before.Body!["version"]!.GetValue<int>() + 1, after.Body!["version"]!.GetValue<int>());
        Assert.Equal(id, after.Body!["id"]!.GetValue<int>());
        Assert.Equal(schema, after.Body!["schema"]!.GetValue<string>());
        // Data contracts carry over when a new version does not state its own.
        Assert.Equal(before.Body!["metadata"]!.ToJsonString(), after.Body!["metadata"]!.ToJsonString());
        Assert.Equal(id, registry.Platform.Read(s => s.Cluster("cloud").SchemaRegistry!.Subject(Subject)!.Versions[^1].Id));
    }

    [Fact]
    public async Task The_same_schema_keeps_its_id_and_adds_no_version()
    {
        await using var registry = await RegistryHarness.StartAsync();
        var latest = await registry.GetAsync($"/subjects/{Subject}/versions/latest");
        var schema = latest.Body!["schema"]!.GetValue<string>();
        // Formatting differences do not make another schema.
        var reformatted = JsonNode.Parse(schema)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var again = await registry.PostAsync($"/subjects/{Subject}/versions", new JsonObject { ["schema"] = reformatted });
        var elsewhere = await registry.PostAsync("/subjects/orders.status-copy-value/versions", new JsonObject { ["schema"] = schema });
        var versions = await registry.GetAsync($"/subjects/{Subject}/versions");

        Assert.Equal(latest.Body!["id"]!.GetValue<int>(), again.Body!["id"]!.GetValue<int>());
        Assert.Equal(latest.Body!["id"]!.GetValue<int>(), elsewhere.Body!["id"]!.GetValue<int>());
        Assert.Equal(latest.Body!["version"]!.GetValue<int>(), versions.Body!.AsArray().Count);
    }

    [Fact]
    public async Task Registering_with_references_metadata_and_rules_stores_them()
    {
        await using var registry = await RegistryHarness.StartAsync();
        var body = new JsonObject
        {
            ["schema"] = """{"type":"record","name":"Return","namespace":"com.retail.returns","fields":[{"name":"returnId","type":"string"},{"name":"address","type":"com.retail.common.Address"}]}""",
            ["references"] = new JsonArray(new JsonObject { ["name"] = "com.retail.common.Address", ["subject"] = "com.retail.common.Address", ["version"] = 1 }),
            ["metadata"] = new JsonObject { ["tags"] = new JsonObject { ["Return.address.street"] = new JsonArray("PII") }, ["properties"] = new JsonObject { ["owner"] = "team-returns" } },
            ["ruleSet"] = new JsonObject { ["domainRules"] = new JsonArray(new JsonObject { ["name"] = "hasId", ["kind"] = "CONDITION", ["type"] = "CEL", ["mode"] = "WRITE", ["expr"] = "message.returnId != ''" }) },
        };

        var registered = await registry.PostAsync("/subjects/returns.created.v1-value/versions", body);
        var version = await registry.GetAsync("/subjects/returns.created.v1-value/versions/1");
        var referencedBy = await registry.GetAsync("/subjects/com.retail.common.Address/versions/1/referencedby");

        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.Equal("com.retail.common.Address", version.Body!["references"]![0]!["subject"]!.GetValue<string>());
        Assert.Equal("team-returns", version.Body!["metadata"]!["properties"]!["owner"]!.GetValue<string>());
        Assert.Equal("hasId", version.Body!["ruleSet"]!["domainRules"]![0]!["name"]!.GetValue<string>());
        Assert.Contains(registered.Body!["id"]!.GetValue<int>(), referencedBy.Body!.AsArray().Select(i => i!.GetValue<int>()));
    }

    [Theory]
    [InlineData("AVRO", "{\"type\": \"record\", \"name\": ")]
    [InlineData("AVRO", "{\"name\": \"NoType\"}")]
    [InlineData("JSON", "[1, 2]")]
    [InlineData("PROTOBUF", "this is not protobuf")]
    [InlineData("XML", "<schema/>")]
    public async Task An_invalid_schema_is_refused_with_42201(string type, string schema)
    {
        await using var registry = await RegistryHarness.StartAsync();

        var answer = await registry.PostAsync("/subjects/broken-value/versions", new JsonObject { ["schema"] = schema, ["schemaType"] = type });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(42201, answer.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, (await registry.GetAsync("/subjects/broken-value/versions")).Status);
    }

    [Fact]
    public async Task A_missing_reference_is_an_invalid_schema()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var answer = await registry.PostAsync("/subjects/x-value/versions", new JsonObject
        {
            ["schema"] = "\"com.retail.Missing\"",
            ["references"] = new JsonArray(new JsonObject { ["name"] = "com.retail.Missing", ["subject"] = "missing", ["version"] = 1 }),
        });

        Assert.Equal(42201, answer.ErrorCode);
    }

    [Fact]
    public async Task Lookup_finds_a_registered_schema_under_its_subject()
    {
        await using var registry = await RegistryHarness.StartAsync();
        var v2 = await registry.GetAsync($"/subjects/{Subject}/versions/2");

        var found = await registry.PostAsync($"/subjects/{Subject}", new JsonObject { ["schema"] = v2.Body!["schema"]!.GetValue<string>() });
        var missing = await registry.PostAsync($"/subjects/{Subject}", new JsonObject { ["schema"] = "\"string\"" });
        var noSubject = await registry.PostAsync("/subjects/nope-value", new JsonObject { ["schema"] = "\"string\"" });

        Assert.Equal(Subject, found.Body!["subject"]!.GetValue<string>());
        Assert.Equal(2, found.Body!["version"]!.GetValue<int>());
        Assert.Equal(v2.Body!["id"]!.GetValue<int>(), found.Body!["id"]!.GetValue<int>());
        Assert.Equal(40403, missing.ErrorCode);
        Assert.Equal(40401, noSubject.ErrorCode);
    }

    [Fact]
    public async Task Deleting_a_subject_is_soft_first_and_permanent_second()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var deleted = await registry.DeleteAsync($"/subjects/{Subject}");
        var gone = await registry.GetAsync($"/subjects/{Subject}/versions");
        var stillThere = await registry.GetAsync($"/subjects/{Subject}/versions?deleted=true");
        var twice = await registry.DeleteAsync($"/subjects/{Subject}");
        var permanent = await registry.DeleteAsync($"/subjects/{Subject}?permanent=true");
        var notSoftDeleted = await registry.DeleteAsync("/subjects/orders.placed.v1-value?permanent=true");

        Assert.Equal([1, 2], deleted.Body!.AsArray().Select(v => v!.GetValue<int>()));
        Assert.Equal(40401, gone.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.Status);
        Assert.Equal(40404, twice.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, permanent.Status);
        Assert.DoesNotContain(Subject, (await registry.GetAsync("/subjects?deleted=true")).Body!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(40405, notSoftDeleted.ErrorCode);
    }

    [Fact]
    public async Task Registering_under_a_soft_deleted_subject_revives_it_with_the_next_version_and_the_known_id()
    {
        await using var registry = await RegistryHarness.StartAsync();
        var v1 = await registry.GetAsync($"/subjects/{Subject}/versions/1");
        await registry.DeleteAsync($"/subjects/{Subject}");

        var again = await registry.PostAsync($"/subjects/{Subject}/versions", new JsonObject { ["schema"] = v1.Body!["schema"]!.GetValue<string>() });
        var versions = await registry.GetAsync($"/subjects/{Subject}/versions");

        Assert.Equal(v1.Body!["id"]!.GetValue<int>(), again.Body!["id"]!.GetValue<int>());
        Assert.Equal([3], versions.Body!.AsArray().Select(v => v!.GetValue<int>()));
    }

    [Fact]
    public async Task Compatibility_can_be_set_globally_and_per_subject()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var global = await registry.PutAsync("/config", new JsonObject { ["compatibility"] = "FULL" });
        var subject = await registry.PutAsync($"/config/{Subject}", new JsonObject { ["compatibility"] = "none" });
        var invalid = await registry.PutAsync("/config", new JsonObject { ["compatibility"] = "SOMETIMES" });

        Assert.Equal("FULL", global.Body!["compatibility"]!.GetValue<string>());
        Assert.Equal("FULL", (await registry.GetAsync("/config")).Body!["compatibilityLevel"]!.GetValue<string>());
        Assert.Equal("NONE", subject.Body!["compatibility"]!.GetValue<string>());
        Assert.Equal("NONE", (await registry.GetAsync($"/config/{Subject}")).Body!["compatibilityLevel"]!.GetValue<string>());
        Assert.Equal(42203, invalid.ErrorCode);
        Assert.Equal("NONE", (await registry.DeleteAsync($"/config/{Subject}")).Body!["compatibilityLevel"]!.GetValue<string>());
        Assert.Equal(40408, (await registry.GetAsync($"/config/{Subject}")).ErrorCode);
    }

    [Fact]
    public async Task A_read_only_registry_refuses_registrations()
    {
        await using var registry = await RegistryHarness.StartAsync();

        await registry.PutAsync("/mode", new JsonObject { ["mode"] = "READONLY" });
        var answer = await registry.PostAsync("/subjects/new-value/versions", new JsonObject { ["schema"] = "\"string\"" });

        Assert.Equal(42205, answer.ErrorCode);
    }

    [Fact]
    public async Task Subjects_with_a_slash_work_when_encoded()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var registered = await registry.PostAsync("/subjects/com%2Fretail%2Fmoney.proto/versions", new JsonObject
        {
            ["schema"] = "syntax = \"proto3\";\npackage com.retail;\n\nmessage Money {\n  int64 units = 1;\n  string currency = 2;\n}\n",
            ["schemaType"] = "PROTOBUF",
        });
        var listed = await registry.GetAsync("/subjects");

        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.Contains("com/retail/money.proto", listed.Body!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("PROTOBUF", (await registry.GetAsync("/subjects/com%2Fretail%2Fmoney.proto/versions/1")).Body!["schemaType"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_version_added_through_the_control_surface_is_served()
    {
        await using var registry = await RegistryHarness.StartAsync();

        var id = registry.Platform.AddSchemaVersion("cloud", Subject, """{"type":"record","name":"OrderStatusChanged","fields":[{"name":"orderId","type":"string"}]}""");
        var latest = await registry.GetAsync($"/subjects/{Subject}/versions/latest");
        var byId = await registry.GetAsync($"/schemas/ids/{id}");

        Assert.Equal(id, latest.Body!["id"]!.GetValue<int>());
        Assert.Equal(3, latest.Body!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, byId.Status);
    }

    private static string AddField(string avro, string name)
    {
        var schema = JsonNode.Parse(avro)!.AsObject();
        schema["fields"]!.AsArray().Add(new JsonObject { ["name"] = name, ["type"] = new JsonArray("null", "string"), ["default"] = null });
        return schema.ToJsonString();
    }
}
