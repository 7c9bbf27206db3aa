using System.Net;
using System.Text.Json;
using Governance.Model.Contracts;
using Governance.Model.OpenLineage.Validation;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Governance.Web.Tests.Contracts.EnforcementEvents;

namespace Governance.Web.Tests.Contracts;

/// <summary>
/// The time-based rules the periodic round checks (freshness, lag reports going stale, dead-letter
/// topics), and a contract's results read back as an OpenLineage event.
/// </summary>
public abstract class EnforcementRoundsTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_round_opens_stale_freshness_silent_groups_and_missing_dead_letter_topics_once_and_resolves_them_when_kept()
    {
        var (ns, topic) = (TestEvents.Unique("kafka://rounds"), TestEvents.Unique("orders"));
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic, lag: [new ConsumerLagObjective("billing", 1000)],
            freshness: TimeSpan.FromHours(1), deadLetterTopic: topic + ".dlq"), ns);
        var twoHoursAgo = DateTimeOffset.UtcNow.AddHours(-2);
        await PostAsync(_app, Topic(ns, topic, twoHoursAgo, 1, V1));
        await PostAsync(_app, Heartbeat(ns, "billing", topic, twoHoursAgo.AddSeconds(1), lag: 10));

        await RoundAsync();
        await RoundAsync();

        // One violation per rule, seen again by the second round (the background round may have seen it too).
        var open = await ViolationsAsync(contract.Id);
        Assert.Equal(new Dictionary<string, string>
        {
            [ServiceLevelRules.FreshnessKey] = ViolationKinds.FreshnessSla,
            ["sla.lag.report:billing"] = ViolationKinds.LagSla,
            [ServiceLevelRules.DeadLetterKey] = ViolationKinds.DeadLetter,
        }, open.ToDictionary(v => v.RuleKey, v => v.Kind));
        Assert.All(open, v => Assert.True(v.ResolvedAt is null && v.Occurrences >= 2, $"{v.RuleKey}: {v.Occurrences}"));

        var now = DateTimeOffset.UtcNow;
        await PostAsync(_app, Topic(ns, topic, now, 1, V1));
        await PostAsync(_app, Heartbeat(ns, "billing", topic, now, lag: 10));
        await PostAsync(_app, Topic(ns, topic + ".dlq", now, 1, V1));
        await RoundAsync();

        Assert.All(await ViolationsAsync(contract.Id), v => Assert.NotNull(v.ResolvedAt));
        Assert.Equal(3, (await ViolationsAsync(contract.Id)).Count);
    }

    [Fact]
    public async Task The_assertions_of_a_contract_are_a_valid_OpenLineage_run_event_reading_the_governed_topic()
    {
        var (ns, topic) = (TestEvents.Unique("kafka://assert"), TestEvents.Unique("orders"));
        var contract = await ContractSeeds.InsertAsync(_app, ContractSeeds.For(topic,
            fields: [new ContractField { Name = "id", LogicalType = FieldLogicalType.String, Required = true }, new ContractField { Name = "currency", Required = true }],
            lag: [new ConsumerLagObjective("billing", 1000)]), ns);
        var now = DateTimeOffset.UtcNow;
        await PostAsync(_app, Topic(ns, topic, now.AddSeconds(-30), 1, V1));
        await PostAsync(_app, Topic(ns, topic, now.AddSeconds(-20), 2, V2Breaking, fields: [("id", "string"), ("amount", "double"), ("email", "string")]));
        await PostAsync(_app, Heartbeat(ns, "billing", topic, now.AddSeconds(-10), lag: 4000));

        using var client = _app.CreateClient();
        var json = await client.GetStringAsync($"/api/v1/contracts/{HttpExtensions.Segment(contract.Key)}/assertions");

        var validation = OpenLineageValidator.Default.Validate(json);
        Assert.True(validation.IsValid && validation.Warnings.Count == 0, validation.ToString());
        using var document = JsonDocument.Parse(json);
        var evt = document.RootElement;
        Assert.Equal(("COMPLETE", ContractAssertions.JobNamespace, ContractAssertions.JobName), (evt.GetProperty("eventType").GetString(),
            evt.GetProperty("job").GetProperty("namespace").GetString(), evt.GetProperty("job").GetProperty("name").GetString()));
        var input = Assert.Single(evt.GetProperty("inputs").EnumerateArray().ToList());
        Assert.Equal((ns, topic), (input.GetProperty("namespace").GetString(), input.GetProperty("name").GetString()));
        var assertions = input.GetProperty("inputFacets").GetProperty("dataQualityAssertions").GetProperty("assertions").EnumerateArray()
            .ToDictionary(a => a.GetProperty("assertion").GetString()!, a => (a.GetProperty("success").GetBoolean(), a.TryGetProperty("column", out var c) ? c.GetString() : null));
        Assert.Equal(new Dictionary<string, (bool, string?)>
        {
            [CompatibilityRules.CompatibilityKey] = (false, null),
            [CompatibilityRules.LevelKey] = (true, null),
            ["field.required:id"] = (true, "id"),
            ["field.type:id"] = (true, "id"),
            ["field.required:currency"] = (false, "currency"),
            ["classification:email"] = (false, "email"),
            ["sla.lag:billing"] = (false, null),
            ["sla.lag.report:billing"] = (true, null),
        }, assertions);

        using var missing = await client.GetAsync("/api/v1/contracts/no-such-contract/assertions");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no-such-contract", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Enforcement:Interval", "00:00:00")]
    [InlineData("Enforcement:LagReportMaxAge", "-00:01:00")]
    public void Invalid_enforcement_settings_stop_the_portal_at_start(string setting, string value)
    {
        using var misconfigured = _app.WithWebHostBuilder(b => b.UseSetting(setting, value));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => misconfigured.Server);
        Assert.Contains(setting.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private Task RoundAsync() => _app.Services.GetRequiredService<PeriodicEnforcement>().RunOnceAsync(CancellationToken.None);

    private Task<List<ContractViolation>> ViolationsAsync(long contractId) =>
        _app.QueryAsync(db => db.ContractViolations.AsNoTracking().Where(v => v.ContractId == contractId).OrderBy(v => v.Id).ToListAsync());
}

public sealed class SqliteEnforcementRoundsTests(SqliteAppFixture fixture) : EnforcementRoundsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlEnforcementRoundsTests(PostgreSqlAppFixture fixture) : EnforcementRoundsTests(fixture), IClassFixture<PostgreSqlAppFixture>;
