using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.Contracts.Compatibility;
using Governance.Model.OpenLineage;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Contracts.EnforcementEvents;

namespace Governance.Web.Tests.Contracts;

/// <summary>
/// The pre-registration check: the verdict under the policy that governs the subject, the exact
/// breaking changes, and the jobs downstream of the subject's topic, transitively, with their owners.
/// </summary>
public abstract class SchemaCheckTests(AppFixture fixture)
{
    private const string CompatibleV2 = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"amount","type":"double"},{"name":"note","type":["null","string"],"default":null}]}""";
    /// <summary>Drops <c>amount</c> (no default) and adds a defaulted field: new readers cope, readers of version 1 do not.</summary>
    private const string WithoutAmount = """{"type":"record","name":"Order","namespace":"com.retail","fields":[{"name":"id","type":"string"},{"name":"currency","type":"string","default":"EUR"}]}""";
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_breaking_schema_names_its_changes_and_every_downstream_consumer_with_its_owners()
    {
        var (ns, topic) = await LineageAsync();

        var result = await CheckAsync(new { subject = $"{topic}-value", schemaType = "AVRO", schema = V2Breaking });

        Assert.False(result.GetProperty("compatible").GetBoolean());
        Assert.Equal(("INCOMPATIBLE", "BACKWARD", "REGISTRY", ns), (result.GetProperty("outcome").GetString(), result.GetProperty("policy").GetString(),
            result.GetProperty("policySource").GetString(), result.GetProperty("namespace").GetString()));
        Assert.Empty(result.GetProperty("contracts").EnumerateArray());
        var change = Assert.Single(result.GetProperty("breakingChanges").EnumerateArray().ToList());
        Assert.Equal(("$.currency", AvroBreakingChangeKinds.ReaderFieldMissingDefaultValue, "BACKWARD", 1), (change.GetProperty("location").GetString(),
            change.GetProperty("kind").GetString(), change.GetProperty("direction").GetString(), change.GetProperty("previousVersion").GetInt32()));
        Assert.Equal([$"{ns}/{topic}"], result.GetProperty("topics").EnumerateArray().Select(t => $"{t.GetProperty("namespace").GetString()}/{t.GetProperty("name").GetString()}"));

        var downstream = result.GetProperty("downstream").EnumerateArray().Select(c => (
            c.GetProperty("name").GetString(), c.GetProperty("depth").GetInt32(),
            string.Join(",", c.GetProperty("owners").EnumerateArray().Select(o => o.GetString())),
            c.GetProperty("ownersFrom").ValueKind == JsonValueKind.Null ? null : c.GetProperty("ownersFrom").GetString(),
            string.Join(",", c.GetProperty("reads").EnumerateArray().Select(r => r.GetProperty("name").GetString())))).ToList();
        Assert.Equal(
        [
            ("billing", 1, "", null, topic),
            ("order-enricher", 1, "team-enrich", "JOB", topic),
            ("fraud-scorer", 2, "team-fraud", "OUTPUTS", $"{topic}.enriched"),
            ("alerting", 3, "team-alerts", "JOB", "fraud.scores"),
        ], downstream);
    }

    [Fact]
    public async Task The_contracts_policy_wins_over_the_registry_level_and_a_compatible_schema_passes()
    {
        var (ns, topic) = await LineageAsync();
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic, CompatibilityPolicy.Full), ns);

        var compatible = await CheckAsync(new { @namespace = ns, subject = $"{topic}-value", schema = CompatibleV2 });
        var forwardBreak = await CheckAsync(new { subject = $"{topic}-value", schema = WithoutAmount });

        Assert.True(compatible.GetProperty("compatible").GetBoolean());
        Assert.Equal(("FULL", "CONTRACT", contract.Key), (compatible.GetProperty("policy").GetString(), compatible.GetProperty("policySource").GetString(),
            compatible.GetProperty("contracts")[0].GetProperty("key").GetString()));
        Assert.Equal([1], compatible.GetProperty("checkedAgainst").EnumerateArray().Select(v => v.GetInt32()));
        // Dropping a field without a default breaks the readers of version 1 (FORWARD, part of FULL).
        Assert.False(forwardBreak.GetProperty("compatible").GetBoolean());
        Assert.Contains(forwardBreak.GetProperty("breakingChanges").EnumerateArray(),
            c => c.GetProperty("direction").GetString() == "FORWARD" && c.GetProperty("location").GetString() == "$.amount");
    }

    [Fact]
    public async Task The_check_needs_the_ingestion_key_a_subject_and_a_schema()
    {
        using var anonymous = _app.CreateClient();
        using var unauthorised = await anonymous.PostAsJsonAsync("/api/v1/contracts/check", new { subject = "x-value", schema = V1 });
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);

        using var client = _app.CreateIngestClient();
        using var invalid = await client.PostAsJsonAsync("/api/v1/contracts/check", new { schemaType = "THRIFT" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(["schema", "schemaType", "subject"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    /// <summary>
    /// A topic with one registered version, read by billing (no owner) and order-enricher (owned),
    /// which writes a topic read by fraud-scorer (owner only on what it writes), whose output alerting
    /// (owned) reads. A producer upstream and an unrelated reader of another topic are not downstream.
    /// </summary>
    private async Task<(string Namespace, string Topic)> LineageAsync()
    {
        var (ns, topic) = (TestEvents.Unique("kafka://check"), TestEvents.Unique("orders"));
        var t = DateTimeOffset.UtcNow.AddMinutes(-1);
        await PostAsync(_app, Topic(ns, topic, t, 1, V1, compatibility: "BACKWARD"));
        var jobs = "jobs://" + ns[8..];
        await PostAsync(_app, TestEvents.JobEvent(jobs, "webshop", t, [], [TestEvents.Dataset(ns, topic)]));
        await PostAsync(_app, TestEvents.JobEvent(jobs, "billing", t, [TestEvents.Dataset(ns, topic)], []));
        await PostAsync(_app, TestEvents.JobEvent(jobs, "order-enricher", t, [TestEvents.Dataset(ns, topic)], [TestEvents.Dataset(ns, $"{topic}.enriched")], Owned("team-enrich")));
        await PostAsync(_app, TestEvents.JobEvent(jobs, "fraud-scorer", t, [TestEvents.Dataset(ns, $"{topic}.enriched")],
            [TestEvents.Dataset(ns, "fraud.scores").WithFacet("ownership", FacetSchemaUrls.For("OwnershipDatasetFacet"), Owners("team-fraud"))]));
        await PostAsync(_app, TestEvents.JobEvent(jobs, "alerting", t, [TestEvents.Dataset(ns, "fraud.scores")], [], Owned("team-alerts")));
        await PostAsync(_app, TestEvents.JobEvent(jobs, "unrelated", t, [TestEvents.Dataset(ns, "other-topic")], [], Owned("team-other")));
        return (ns, topic);
    }

    private static JsonObject Owned(string owner)
    {
        var ownership = Owners(owner);
        ownership["_producer"] = TestEvents.Producer;
        ownership["_schemaURL"] = FacetSchemaUrls.For("OwnershipJobFacet");
        return new JsonObject { ["ownership"] = ownership };
    }

    private static JsonObject Owners(string owner) => new() { ["owners"] = new JsonArray(new JsonObject { ["name"] = owner, ["type"] = "TEAM" }) };

    private async Task<JsonElement> CheckAsync(object request)
    {
        using var client = _app.CreateIngestClient();
        using var response = await client.PostAsJsonAsync("/api/v1/contracts/check", request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}

public sealed class SqliteSchemaCheckTests(SqliteAppFixture fixture) : SchemaCheckTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlSchemaCheckTests(PostgreSqlAppFixture fixture) : SchemaCheckTests(fixture), IClassFixture<PostgreSqlAppFixture>;
