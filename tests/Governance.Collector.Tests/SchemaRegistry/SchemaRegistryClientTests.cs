using System.Text;
using Governance.Collector.Scanning;
using Governance.Collector.SchemaRegistry;
using Governance.Collector.Tests.Scanning;
using Governance.Model.Platform;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Collector.Tests.SchemaRegistry;

public sealed class SchemaRegistryClientTests
{
    private static readonly RestClientOptions Fast = new()
    {
        RequestTimeout = TimeSpan.FromMilliseconds(300),
        MaxAttempts = 3,
        RetryBackoff = TimeSpan.FromMilliseconds(1),
        MaxConcurrency = 4,
        MaxConsecutiveFailures = 3,
    };

    private static SchemaRegistryClient Client(ScriptedHttpHandler handler, string? user = null, string? password = null) => new(
        new HttpClient(handler),
        new ServiceEndpoint { Url = "http://registry.test:8081/base", Username = user, Password = password },
        Fast,
        NullLogger<SchemaRegistryClient>.Instance,
        "cloud");

    [Fact]
    public async Task Reads_a_version_with_references_metadata_and_rule_set_and_defaults_the_type_to_avro()
    {
        var handler = new ScriptedHttpHandler(path => path switch
        {
            "/base/subjects/orders.v1-value/versions/2" => (200, """
                {"subject":"orders.v1-value","version":2,"id":17,"schema":"{\"type\":\"record\",\"name\":\"Order\",\"fields\":[]}",
                 "references":[{"name":"Money","subject":"money-value","version":1}],
                 "metadata":{"tags":{"Order.customer":["PII"]},"properties":{"owner":"sales"}},
                 "ruleSet":{"domainRules":[{"name":"checkAmount","kind":"CONDITION","type":"CEL","mode":"WRITE","expr":"message.amount > 0"}]}}
                """),
            "/base/subjects/json-value/versions/1" => (200, """{"subject":"json-value","version":1,"id":18,"schemaType":"JSON","schema":"{}"}"""),
            _ => (404, """{"error_code":40401,"message":"Subject not found"}"""),
        });
        var client = Client(handler, "key", "secret-value");

        var version = await client.GetSchemaVersionAsync("orders.v1-value", 2);
        var json = await client.GetSchemaVersionAsync("json-value", 1);

        Assert.Equal((2, 17, "AVRO"), (version.Version, version.Id, version.SchemaType));
        Assert.Equal([new SchemaReferenceInfo("Money", "money-value", 1)], version.References);
        Assert.Equal("sales", version.Metadata!.Value.GetProperty("properties").GetProperty("owner").GetString());
        Assert.Equal("checkAmount", version.RuleSet!.Value.GetProperty("domainRules")[0].GetProperty("name").GetString());
        Assert.Equal(("JSON", (System.Text.Json.JsonElement?)null, (System.Text.Json.JsonElement?)null), (json.SchemaType, json.Metadata, json.RuleSet));

        var request = handler.Requests.First();
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("key:secret-value", Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        Assert.Contains(request.Headers.Accept, a => a.MediaType == "application/vnd.schemaregistry.v1+json");
    }

    [Fact]
    public async Task Subject_names_are_escaped_in_paths()
    {
        var handler = new ScriptedHttpHandler(_ => (200, "[1,2]"));
        await Client(handler).GetVersionsAsync(":.ctx:a/b c");
        Assert.Equal("/base/subjects/%3A.ctx%3Aa%2Fb%20c/versions", handler.Requests.Single().RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task Compatibility_global_and_per_subject_with_40408_meaning_none()
    {
        var handler = new ScriptedHttpHandler(path => path switch
        {
            "/base/config" => (200, """{"compatibilityLevel":"BACKWARD"}"""),
            "/base/config/a?defaultToGlobal=false" => (200, """{"compatibilityLevel":"FULL_TRANSITIVE"}"""),
            "/base/config/b?defaultToGlobal=false" => (404, """{"error_code":40408,"message":"Subject 'b' does not have subject-level compatibility configured"}"""),
            _ => (500, """{"error_code":50001,"message":"store down"}"""),
        });
        var client = Client(handler);

        Assert.Equal("BACKWARD", await client.GetGlobalCompatibilityAsync());
        Assert.Equal("FULL_TRANSITIVE", await client.GetSubjectCompatibilityAsync("a"));
        Assert.Null(await client.GetSubjectCompatibilityAsync("b"));
        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => client.GetSubjectCompatibilityAsync("c"));
        Assert.Equal((500, 50001, "store down"), (ex.StatusCode, ex.ErrorCode, ex.Message));
        Assert.Equal(3, handler.Count("/base/config/c?defaultToGlobal=false"));
    }

    [Fact]
    public async Task Retries_408_429_and_5xx_but_not_other_client_errors()
    {
        var answers = new Queue<(int, string)>([(503, "busy"), (429, ""), (200, """["a","b"]""")]);
        var handler = new ScriptedHttpHandler(path => path == "/base/subjects" ? answers.Dequeue() : (422, """{"error_code":42202,"message":"invalid version"}"""));
        var client = Client(handler);

        Assert.Equal(["a", "b"], await client.GetSubjectsAsync());
        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => client.GetSchemaVersionAsync("a", 0));
        Assert.Equal((422, 42202), (ex.StatusCode, ex.ErrorCode));
        Assert.Equal(1, handler.Count("/base/subjects/a/versions/0"));
    }

    [Fact]
    public async Task A_registry_that_never_answers_fails_after_the_bounded_attempts()
    {
        var handler = new ScriptedHttpHandler(async request =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            return ScriptedHttpHandler.Json(200, "[]");
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client(handler).GetSubjectsAsync());

        Assert.True(ex.IsTransportFailure);
        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Equal(3, handler.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task A_non_json_error_page_keeps_the_status()
    {
        var handler = new ScriptedHttpHandler(_ => (401, "<html>Unauthorized</html>"));
        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client(handler).GetSubjectsAsync());
        Assert.Equal((401, 401), (ex.StatusCode, ex.ErrorCode));
        Assert.Contains("Unauthorized", ex.Message);
    }

    [Fact]
    public void The_endpoint_never_shows_its_password_and_rejects_credentials_in_the_url()
    {
        var endpoint = new ServiceEndpoint { Url = "https://registry:8081", Username = "key", Password = "pw-secret" };
        Assert.DoesNotContain("pw-secret", endpoint.ToString());
        Assert.Contains("key", endpoint.ToString());

        var bad = new ServiceEndpoint { Url = "https://key:pw-secret@registry:8081" };
        var errors = bad.Validate("SchemaRegistry");
        Assert.Contains(errors, e => e.Contains("must not contain credentials", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("pw-secret", e));
        Assert.Throws<ArgumentException>(() => new SchemaRegistryClient(new HttpClient(), bad, Fast, NullLogger<SchemaRegistryClient>.Instance));
    }

    [Fact]
    public async Task Schema_by_id()
    {
        var handler = new ScriptedHttpHandler(path => path == "/base/schemas/ids/5" ? (200, """{"schema":"syntax = \"proto3\";","schemaType":"PROTOBUF"}""") : (404, """{"error_code":40403,"message":"Schema not found"}"""));
        var schema = await Client(handler).GetSchemaByIdAsync(5);
        Assert.Equal((5, "PROTOBUF"), (schema.Id, schema.SchemaType));
        var ex = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client(handler).GetSchemaByIdAsync(6));
        Assert.Equal(SchemaRegistryException.SchemaNotFound, ex.ErrorCode);
    }
}
