using System.Text.Json;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Web.Tests.Contracts.EnforcementEvents;

namespace Governance.Web.Tests.Contracts;

/// <summary>
/// Collector-shaped events are enforced against the contracts in force as they are stored: each
/// breach opens exactly one violation with its evidence and notifies once, the same breach reported
/// again updates it, a report showing the rule kept resolves it, and an event that says nothing
/// about a rule leaves its violation alone.
/// </summary>
public abstract class EnforcementTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow.AddMinutes(-5);

    [Fact]
    public async Task A_breaking_version_opens_one_compatibility_violation_with_evidence_and_a_compatible_next_version_resolves_it()
    {
        var (ns, topic) = Names();
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic), ns);
        var subscription = await ContractSeeds.SubscribeAsync(_app, ns);

        await PostAsync(_app, Topic(ns, topic, _start, 1, V1));
        Assert.Empty(await ViolationsAsync(contract.Id));

        var breaking = await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(10), 2, V2Breaking));
        var violation = Assert.Single(await ViolationsAsync(contract.Id));
        Assert.Equal((ViolationKinds.Compatibility, CompatibilityRules.CompatibilityKey, (DateTime?)null), (violation.Kind, violation.RuleKey, violation.ResolvedAt));
        using (var evidence = JsonDocument.Parse(violation.EvidenceJson))
        {
            var e = evidence.RootElement;
            Assert.Equal(($"{topic}-value", 2, 102, breaking), (e.GetProperty("subject").GetString(), e.GetProperty("version").GetInt32(),
                e.GetProperty("schemaId").GetInt32(), e.GetProperty("rawEventId").GetInt64()));
            Assert.Equal("BACKWARD", e.GetProperty("policy").GetString());
            var change = Assert.Single(e.GetProperty("breakingChanges").EnumerateArray().ToList());
            Assert.Equal(("$.currency", AvroBreakingChangeKinds.ReaderFieldMissingDefaultValue, 1),
                (change.GetProperty("location").GetString(), change.GetProperty("kind").GetString(), change.GetProperty("previousVersion").GetInt32()));
        }

        // The collector re-reports the topic unchanged (its heartbeat): the same breach, not a new one.
        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(20), 2, V2Breaking));
        violation = Assert.Single(await ViolationsAsync(contract.Id));
        Assert.Equal(2, violation.Occurrences);

        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(30), 3, V3));
        violation = Assert.Single(await ViolationsAsync(contract.Id));
        Assert.NotNull(violation.ResolvedAt);

        Assert.Equal([ViolationRecorder.OpenedEvent, ViolationRecorder.ResolvedEvent], await DeliveriesAsync(subscription));
        var versions = await _app.QueryAsync(db => db.RegistrySchemaVersions.AsNoTracking()
            .Where(v => v.Namespace == ns && v.Subject == topic + "-value").OrderBy(v => v.Version).Select(v => new { v.Version, v.SchemaId, v.Schema }).ToListAsync());
        Assert.Equal([(1, 101, V1), (2, 102, V2Breaking), (3, 103, V3)], versions.Select(v => (v.Version, v.SchemaId, v.Schema)));
    }

    [Fact]
    public async Task Lowering_the_registry_level_below_the_policy_opens_one_violation_and_raising_it_resolves_it()
    {
        var (ns, topic) = Names();
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic, CompatibilityPolicy.Backward), ns);
        var subscription = await ContractSeeds.SubscribeAsync(_app, ns);

        await PostAsync(_app, Topic(ns, topic, _start, 1, V1, compatibility: "FULL"));
        Assert.Empty(await ViolationsAsync(contract.Id));

        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(10), 1, V1, compatibility: "FORWARD"));
        var latest = await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(20), 1, V1, compatibility: "FORWARD"));
        var violation = Assert.Single(await ViolationsAsync(contract.Id));
        Assert.Equal((ViolationKinds.CompatibilityLevel, CompatibilityRules.LevelKey, 2, (DateTime?)null),
            (violation.Kind, violation.RuleKey, violation.Occurrences, violation.ResolvedAt));
        using (var evidence = JsonDocument.Parse(violation.EvidenceJson))
        {
            // The evidence is the latest sighting's.
            Assert.Equal(("FORWARD", "BACKWARD", latest), (evidence.RootElement.GetProperty("registryLevel").GetString(),
                evidence.RootElement.GetProperty("contractPolicy").GetString(), evidence.RootElement.GetProperty("rawEventId").GetInt64()));
        }

        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(30), 1, V1, compatibility: "BACKWARD_TRANSITIVE"));
        Assert.NotNull(Assert.Single(await ViolationsAsync(contract.Id)).ResolvedAt);
        Assert.Equal([ViolationRecorder.OpenedEvent, ViolationRecorder.ResolvedEvent], await DeliveriesAsync(subscription));
    }

    [Fact]
    public async Task A_group_lagging_beyond_its_objective_opens_one_violation_and_catching_up_resolves_it()
    {
        var (ns, topic) = Names();
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic, lag: [new ConsumerLagObjective("billing", 1000)]), ns);
        var subscription = await ContractSeeds.SubscribeAsync(_app, ns);
        await PostAsync(_app, Topic(ns, topic, _start, 1, V1));

        await PostAsync(_app, Heartbeat(ns, "billing", topic, _start.AddSeconds(10), lag: 400));
        await PostAsync(_app, Heartbeat(ns, "reporting", topic, _start.AddSeconds(10), lag: 90_000)); // no objective for this group
        Assert.Empty(await ViolationsAsync(contract.Id));

        var behind = await PostAsync(_app, Heartbeat(ns, "billing", topic, _start.AddSeconds(20), lag: 5000));
        await PostAsync(_app, Heartbeat(ns, "billing", topic, _start.AddSeconds(30), lag: 6000));
        var violation = Assert.Single(await ViolationsAsync(contract.Id));
        Assert.Equal((ViolationKinds.LagSla, "sla.lag:billing", 2), (violation.Kind, violation.RuleKey, violation.Occurrences));
        Assert.Contains("6000 records behind", violation.Message, StringComparison.Ordinal);
        using (var evidence = JsonDocument.Parse(violation.EvidenceJson))
        {
            var e = evidence.RootElement;
            Assert.Equal(("billing", 6000L, 1000L), (e.GetProperty("group").GetString(), e.GetProperty("lag").GetInt64(), e.GetProperty("maxLag").GetInt64()));
            Assert.True(e.GetProperty("rawEventId").GetInt64() > behind);
        }

        await PostAsync(_app, Heartbeat(ns, "billing", topic, _start.AddSeconds(40), lag: 10));
        Assert.NotNull(Assert.Single(await ViolationsAsync(contract.Id)).ResolvedAt);
        Assert.Equal([ViolationRecorder.OpenedEvent, ViolationRecorder.ResolvedEvent], await DeliveriesAsync(subscription));
    }

    [Fact]
    public async Task An_event_that_does_not_carry_a_rules_evidence_leaves_its_violation_open()
    {
        var (ns, topic) = Names();
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic, lag: [new ConsumerLagObjective("billing", 1000)]), ns);
        await PostAsync(_app, Topic(ns, topic, _start, 1, V1));
        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(10), 2, V2Breaking));
        await PostAsync(_app, Heartbeat(ns, "billing", topic, _start.AddSeconds(20), lag: 5000));
        Assert.Equal(2, (await ViolationsAsync(contract.Id)).Count(v => v.ResolvedAt == null));

        // A lag heartbeat within the objective says nothing about the schema; a topic report without
        // the registry facet says nothing about compatibility, and nothing about lag.
        await PostAsync(_app, Heartbeat(ns, "billing", topic, _start.AddSeconds(30), lag: 5000));
        var withoutRegistry = Topic(ns, topic, _start.AddSeconds(40), 2, V2Breaking);
        ((System.Text.Json.Nodes.JsonObject)withoutRegistry["dataset"]!["facets"]!).Remove(RegistryFacet.Key);
        await PostAsync(_app, withoutRegistry);
        await PostAsync(_app, TestEvents.JobEvent(ns, "billing", _start.AddSeconds(50), [TestEvents.Dataset(ns, topic)], []));

        var open = (await ViolationsAsync(contract.Id)).Where(v => v.ResolvedAt == null).Select(v => v.RuleKey).Order().ToList();
        Assert.Equal([CompatibilityRules.CompatibilityKey, "sla.lag:billing"], open);
    }

    [Fact]
    public async Task Required_fields_types_and_classifications_are_checked_from_the_schema_and_resolve_when_fixed()
    {
        var (ns, topic) = Names();
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic, fields:
        [
            new ContractField { Name = "id", LogicalType = FieldLogicalType.String, Required = true },
            new ContractField { Name = "amount", LogicalType = FieldLogicalType.Number, Required = true },
            new ContractField { Name = "email", LogicalType = FieldLogicalType.String, Classification = FieldClassification.Pii },
        ]), ns);

        await PostAsync(_app, Topic(ns, topic, _start, 1, V1, schemaFields:
            [Field("id", "long"), Field("email", "string"), Field("customer_phone", "string"), Field("shipping", "com.retail.Address", Field("street", "string"))]));
        var open = (await ViolationsAsync(contract.Id)).Where(v => v.ResolvedAt == null).ToDictionary(v => v.RuleKey, v => (v.Kind, v.Severity));
        Assert.Equal(new Dictionary<string, (string, string)>
        {
            ["field.required:amount"] = (ViolationKinds.FieldRule, ViolationSeverities.Error),
            ["field.type:id"] = (ViolationKinds.FieldRule, ViolationSeverities.Error),
            ["classification:customer_phone"] = (ViolationKinds.Classification, ViolationSeverities.Warning),
            ["classification:shipping.street"] = (ViolationKinds.Classification, ViolationSeverities.Warning),
        }, open);

        // The producer fixes the schema and tags the phone number; the nested street is covered by a tag on its record.
        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(10), 1, V1,
            schemaFields: [Field("id", "string"), Field("amount", "double"), Field("email", "string"), Field("customer_phone", "string"),
                Field("shipping", "com.retail.Address", Field("street", "string"))],
            tags: [("customer_phone", "PII", "true"), ("shipping", "PII", "true")]));
        Assert.All(await ViolationsAsync(contract.Id), v => Assert.NotNull(v.ResolvedAt));
    }

    [Fact]
    public async Task Contracts_not_in_force_are_not_enforced()
    {
        var (ns, topic) = Names();
        var pending = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic), ns, reviewState: "PENDING");

        await PostAsync(_app, Topic(ns, topic, _start, 1, V1));
        await PostAsync(_app, Topic(ns, topic, _start.AddSeconds(10), 2, V2Breaking));

        Assert.Empty(await ViolationsAsync(pending.Id));
    }

    private static (string Namespace, string Topic) Names() => (TestEvents.Unique("kafka://enforce"), TestEvents.Unique("orders"));

    private Task<List<ContractViolation>> ViolationsAsync(long contractId) =>
        _app.QueryAsync(db => db.ContractViolations.AsNoTracking().Where(v => v.ContractId == contractId).OrderBy(v => v.Id).ToListAsync());

    private Task<List<string>> DeliveriesAsync(long subscriptionId) =>
        _app.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId)
            .OrderBy(d => d.Id).Select(d => d.EventType).ToListAsync());
}

public sealed class SqliteEnforcementTests(SqliteAppFixture fixture) : EnforcementTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlEnforcementTests(PostgreSqlAppFixture fixture) : EnforcementTests(fixture), IClassFixture<PostgreSqlAppFixture>;
