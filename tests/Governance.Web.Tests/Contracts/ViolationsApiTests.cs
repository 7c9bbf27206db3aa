using System.Net;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Governance.Web.Tests.Contracts.ContractTestData;

namespace Governance.Web.Tests.Contracts;

/// <summary>Violations per contract and across the platform: filtered, paged newest first, with evidence and dashboard counts.</summary>
public abstract class ViolationsApiTests(AppFixture fixture)
{
    private static readonly DateTime T0 = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Violations_are_listed_newest_first_with_evidence_and_filtered_by_state_severity_owner_and_namespace()
    {
        var owner = TestEvents.Unique("team");
        var host = TestEvents.Unique("broker") + ":9092";
        var (orders, payments) = (TestEvents.Unique("orders"), TestEvents.Unique("payments"));
        using var client = _app.CreateIngestClient();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(orders, owner: owner, host: host)))).Dispose();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(payments, owner: owner, topic: "payments.v1")))).Dispose();

        var lag = new RuleOutcome("sla.lag:billing", ViolationKinds.LagSla, ViolationSeverities.Error, false, "Lag 12000 > 1000", new { lag = 12000, maxLag = 1000 });
        var field = new RuleOutcome("field.required:order_id", ViolationKinds.FieldRule, ViolationSeverities.Critical, false, "order_id missing", new { offset = 42 });
        var fresh = new RuleOutcome("sla.freshness", ViolationKinds.FreshnessSla, ViolationSeverities.Warning, false, "No record for 2 h", null);
        await RecordAsync(orders, T0, lag, field);
        await RecordAsync(payments, T0.AddMinutes(5), fresh);
        await RecordAsync(orders, T0.AddMinutes(10), field with { Kept = true });

        var open = (await client.GetJsonAsync($"/api/v1/violations?owner={owner}")).GetProperty("violations").EnumerateArray().ToList();
        Assert.Equal(["sla.freshness", "sla.lag:billing"], open.Select(v => v.GetProperty("ruleKey").GetString()));
        var lagViolation = open[1];
        Assert.Equal((orders, "ERROR", "Lag 12000 > 1000", 12000), (lagViolation.GetProperty("contractKey").GetString(), lagViolation.GetProperty("severity").GetString(),
            lagViolation.GetProperty("message").GetString(), lagViolation.GetProperty("evidence").GetProperty("lag").GetInt32()));
        Assert.Equal(T0, lagViolation.GetProperty("firstSeenAt").GetDateTime());

        Assert.Equal(["field.required:order_id"], await RuleKeysAsync($"owner={owner}&state=resolved"));
        Assert.Equal(3, (await client.GetJsonAsync($"/api/v1/violations?owner={owner}&state=all")).GetProperty("totalCount").GetInt32());
        Assert.Equal(["sla.freshness"], await RuleKeysAsync($"owner={owner}&severity=warning"));
        Assert.Equal(["sla.lag:billing"], await RuleKeysAsync($"owner={owner}&namespace={Uri.EscapeDataString("kafka://" + host)}"));
        var paged = await client.GetJsonAsync($"/api/v1/violations?owner={owner}&limit=1&offset=1");
        Assert.Equal((2, "sla.lag:billing"), (paged.GetProperty("totalCount").GetInt32(), paged.GetProperty("violations")[0].GetProperty("ruleKey").GetString()));
        using var bad = await client.GetAsync("/api/v1/violations?severity=fatal");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        async Task<List<string?>> RuleKeysAsync(string query) =>
            (await client.GetJsonAsync($"/api/v1/violations?{query}")).GetProperty("violations").EnumerateArray()
                .Select(v => v.GetProperty("ruleKey").GetString()).ToList();
    }

    [Fact]
    public async Task A_contract_lists_its_own_violations_and_the_summary_counts_them()
    {
        var owner = TestEvents.Unique("team");
        var key = TestEvents.Unique("counted");
        using var client = _app.CreateIngestClient();
        (await client.PostAsync("/api/v1/contracts", YamlBody(Document(key, owner: owner)))).Dispose();
        var now = DateTime.UtcNow;
        await RecordAsync(key, now.AddHours(-2),
            new RuleOutcome("quality:positive_amount", ViolationKinds.Quality, ViolationSeverities.Error, false, "amount -3", new { offset = 7 }),
            new RuleOutcome("compatibility", ViolationKinds.Compatibility, ViolationSeverities.Critical, false, "field removed", null),
            new RuleOutcome("dead-letter", ViolationKinds.DeadLetter, ViolationSeverities.Error, false, "no DLQ", null));
        await RecordAsync(key, now.AddHours(-1), new RuleOutcome("dead-letter", ViolationKinds.DeadLetter, ViolationSeverities.Error, true, "DLQ found", null));

        var own = await client.GetJsonAsync($"{ContractUrl(key)}/violations?state=all");
        Assert.Equal(3, own.GetProperty("totalCount").GetInt32());
        var summary = await client.GetJsonAsync($"/api/v1/violations/summary?owner={owner}");
        Assert.Equal((2, 1, 1), (summary.GetProperty("open").GetInt32(), summary.GetProperty("contractsAffected").GetInt32(),
            summary.GetProperty("resolvedLast7Days").GetInt32()));
        Assert.Equal(["CRITICAL=1", "ERROR=1", "WARNING=0", "INFO=0"], summary.GetProperty("openBySeverity").EnumerateArray()
            .Select(s => $"{s.GetProperty("severity").GetString()}={s.GetProperty("count").GetInt32()}"));
        var listed = (await client.GetJsonAsync($"/api/v1/contracts?q={key}")).GetProperty("contracts")[0];
        Assert.Equal(2, listed.GetProperty("openViolations").GetInt32());
        using var missing = await client.GetAsync($"{ContractUrl("no-such-contract")}/violations");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task RecordAsync(string key, DateTime now, params RuleOutcome[] outcomes)
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var contract = await db.Contracts.SingleAsync(c => c.Key == key);
        await ViolationRecorder.RecordAsync(db, contract, outcomes, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteViolationsApiTests(SqliteAppFixture fixture) : ViolationsApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlViolationsApiTests(PostgreSqlAppFixture fixture) : ViolationsApiTests(fixture), IClassFixture<PostgreSqlAppFixture>;
