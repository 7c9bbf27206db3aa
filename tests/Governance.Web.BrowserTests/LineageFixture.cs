using System.Net.Http.Headers;
using System.Net.Http.Json;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Web.BrowserTests;

/// <summary>
/// A portal of its own, seeded with the retail catalog and <see cref="LineageScenario"/> through the
/// ingestion API: the shared portal's tests count every dataset and job, so the scenario must not join them.
/// </summary>
public sealed class LineageFixture : IAsyncLifetime
{
    private readonly PortalFixture _portal = new();

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        using var http = new HttpClient { BaseAddress = _portal.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        foreach (var lineageEvent in LineageScenario.Events())
        {
            using var response = await http.PostAsJsonAsync("api/v1/lineage", lineageEvent);
            response.EnsureSuccessStatusCode();
        }

        await ClassifyCustomersAsync();
    }

    /// <summary>
    /// The customers topic's PII classification as a catalog term, which the lineage graph's node tags
    /// are read from (the term is what the catalog derives from the topic's <c>tags</c> facet).
    /// </summary>
    private async Task ClassifyCustomersAsync()
    {
        var contexts = _portal.App.Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var customers = await db.Datasets.Where(d => d.Namespace.Name == LineageScenario.Cloud && d.Name == LineageScenario.Customers)
            .Select(d => d.Id).SingleAsync();
        if (!await db.CatalogTerms.AnyAsync(t => t.DatasetId == customers && t.Kind == CatalogTermKind.Classification && t.Field == null))
        {
            db.CatalogTerms.Add(new CatalogTerm { DatasetId = customers, Kind = CatalogTermKind.Classification, Value = "PII", NormalizedValue = "pii" });
            await db.SaveChangesAsync();
        }
    }

    public PortalFixture Portal => _portal;

    public Task DisposeAsync() => _portal.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LineageCollection : ICollectionFixture<LineageFixture>
{
    public const string Name = "lineage";
}
