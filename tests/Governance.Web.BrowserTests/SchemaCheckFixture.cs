using System.Net.Http.Headers;
using System.Net.Http.Json;
using Governance.Web.BrowserTests.Infrastructure;

namespace Governance.Web.BrowserTests;

/// <summary>
/// A portal of its own, seeded with the retail catalog and <see cref="SchemaCheckScenario"/> through the
/// ingestion API: the shared portal's tests count every dataset and job, so the scenario must not join them.
/// </summary>
public sealed class SchemaCheckFixture : IAsyncLifetime
{
    private readonly PortalFixture _portal = new();

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        using var http = new HttpClient { BaseAddress = _portal.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        foreach (var lineageEvent in SchemaCheckScenario.Events())
        {
            using var response = await http.PostAsJsonAsync("api/v1/lineage", lineageEvent);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Seeding failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    public PortalFixture Portal => _portal;

    public Task DisposeAsync() => _portal.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SchemaCheckCollection : ICollectionFixture<SchemaCheckFixture>
{
    public const string Name = "schema-check";
}
