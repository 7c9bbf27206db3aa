using Governance.Web.Contracts.Enforcement;
using Governance.Web.Contracts.Webhooks;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Web.Tests.Contracts;

/// <summary>Check outcomes become a violation history with one notification per opening and per resolution.</summary>
public abstract class ViolationRecorderTests(AppFixture fixture)
{
    private static readonly DateTime T0 = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_breach_opens_once_updates_while_it_lasts_survives_a_partial_check_and_resolves_when_kept()
    {
        var (contractId, ns) = await SeedAsync();
        var broken = new RuleOutcome("sla.lag:pos-loader", ViolationKinds.LagSla, ViolationSeverities.Error, false, "Lag 12000 > 5000", new { lag = 12000 });
        var other = new RuleOutcome("field.required:id", ViolationKinds.FieldRule, ViolationSeverities.Error, true, "id present", null);

        await RecordAsync(contractId, T0, broken, other);
        await RecordAsync(contractId, T0.AddMinutes(1), broken with { Message = "Lag 15000 > 5000", Evidence = new { lag = 15000 } });
        await RecordAsync(contractId, T0.AddMinutes(2), other); // a check that could not look at lag says nothing about it

        var open = await _app.QueryAsync(db => db.ContractViolations.AsNoTracking().Where(v => v.ContractId == contractId).ToListAsync());
        var violation = Assert.Single(open);
        Assert.Null(violation.ResolvedAt);
        Assert.Equal((T0, T0.AddMinutes(1), 2), (violation.FirstSeenAt, violation.LastSeenAt, violation.Occurrences));
        Assert.Equal("Lag 15000 > 5000", violation.Message);
        Assert.Contains("15000", violation.EvidenceJson, StringComparison.Ordinal);

        await RecordAsync(contractId, T0.AddMinutes(3), broken with { Kept = true });
        await RecordAsync(contractId, T0.AddMinutes(4), broken);

        var history = await _app.QueryAsync(db => db.ContractViolations.AsNoTracking().Where(v => v.ContractId == contractId)
            .OrderBy(v => v.Id).Select(v => new { v.FirstSeenAt, v.ResolvedAt }).ToListAsync());
        Assert.Equal([(T0, (DateTime?)T0.AddMinutes(3)), (T0.AddMinutes(4), null)], history.Select(h => (h.FirstSeenAt, h.ResolvedAt)));

        var notifications = await _app.QueryAsync(db => db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Subscription.DatasetNamespace == ns).OrderBy(d => d.Id).Select(d => d.EventType).ToListAsync());
        Assert.Equal([ViolationRecorder.OpenedEvent, ViolationRecorder.ResolvedEvent, ViolationRecorder.OpenedEvent], notifications);
    }

    private async Task<(long ContractId, string Namespace)> SeedAsync()
    {
        var ns = TestEvents.Unique("kafka://cluster");
        return await _app.QueryAsync(async db =>
        {
            var contract = new ContractEntity
            {
                Key = TestEvents.Unique("contract"), Name = "Orders", DatasetNamespace = ns, DatasetName = "orders",
                Owner = "team-orders", Status = "ACTIVE", CreatedAt = T0, UpdatedAt = T0,
            };
            db.Contracts.Add(contract);
            db.WebhookSubscriptions.Add(new WebhookSubscription
            {
                Name = "orders", Url = "http://127.0.0.1:9/unreachable", ProtectedSecret = "not-used", DatasetNamespace = ns,
                Enabled = true, CreatedBy = "test", CreatedAt = T0,
            });
            await db.SaveChangesAsync();
            return (contract.Id, ns);
        });
    }

    private async Task RecordAsync(long contractId, DateTime now, params RuleOutcome[] outcomes)
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
        await ViolationRecorder.RecordAsync(db, contract, outcomes, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteViolationRecorderTests(SqliteAppFixture fixture) : ViolationRecorderTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlViolationRecorderTests(PostgreSqlAppFixture fixture) : ViolationRecorderTests(fixture), IClassFixture<PostgreSqlAppFixture>;
