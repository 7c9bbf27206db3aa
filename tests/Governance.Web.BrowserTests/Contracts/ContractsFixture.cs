using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Web.BrowserTests.Contracts;

/// <summary>
/// A portal of its own for the contract tests, seeded with the retail catalog and <see cref="ContractScenario"/>: the
/// payments contract in force at revision 2, revision 3 awaiting review, and violations on record (the shared
/// portal's dataset pages must not change under its tests).
/// </summary>
public sealed class ContractsFixture : IAsyncLifetime
{
    /// <summary>When the seeded violations were seen.</summary>
    public static readonly DateTime Seen = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

    private readonly PortalFixture _portal = new();

    public PortalFixture Portal => _portal;

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        using var http = new HttpClient { BaseAddress = _portal.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        foreach (var lineageEvent in ContractScenario.Events())
        {
            await SendAsync(http.PostAsJsonAsync("api/v1/lineage", lineageEvent));
        }

        await SendAsync(PostYamlAsync(http, ContractScenario.PaymentsDocument(status: "draft")));
        await SendAsync(PostYamlAsync(http, ContractScenario.PaymentsDocument()));
        await SendAsync(http.PostAsJsonAsync($"api/v1/contracts/{ContractScenario.PaymentsContract}/revisions/2/approve", new { comment = "Matches the registry." }));
        await SendAsync(PostYamlAsync(http, ContractScenario.PaymentsDocument(version: "1.1.0", amountMinimum: "0.01")));
        await RecordViolationsAsync();
    }

    public Task DisposeAsync() => _portal.DisposeAsync();

    private static Task<HttpResponseMessage> PostYamlAsync(HttpClient http, string yaml) =>
        http.PostAsync("api/v1/contracts", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

    private async Task RecordViolationsAsync()
    {
        var contexts = _portal.App.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var contract = await db.Contracts.SingleAsync(c => c.Key == ContractScenario.PaymentsContract);
        RuleOutcome lag = new("sla.lag:billing", ViolationKinds.LagSla, ViolationSeverities.Error, false,
            "Consumer group billing is 12,480 records behind (objective: 5,000).", new { group = "billing", lag = 12480, maxLag = 5000 });
        RuleOutcome quality = new("quality:captured_has_amount", ViolationKinds.Quality, ViolationSeverities.Critical, false,
            "Record at partition 2, offset 48213 breaks captured_has_amount: amount is -12.5.", new { partition = 2, offset = 48213, amount = -12.5 });
        RuleOutcome currency = new("field.allowed:currency", ViolationKinds.FieldRule, ViolationSeverities.Warning, false,
            "currency 'CHF' is not one of EUR, USD, GBP.", new { partition = 0, offset = 1207, value = "CHF" });
        await ViolationRecorder.RecordAsync(db, contract, [lag, quality, currency], Seen, CancellationToken.None);
        await ViolationRecorder.RecordAsync(db, contract, [lag, currency with { Kept = true }], Seen.AddMinutes(30), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private static async Task SendAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Seeding failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ContractsCollection : ICollectionFixture<ContractsFixture>
{
    public const string Name = "contracts";
}
