using System.Net.Http.Headers;
using Governance.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Web.Tests.Infrastructure;

/// <summary>The real application on a test database, with a known ingestion key.</summary>
public sealed class GovernanceApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-ingest-key-0123456789";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("governance-data-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Governance", database.ConnectionString);
        builder.UseSetting("Storage:DataDirectory", _dataFolder);
        builder.UseSetting("Ingestion:ApiKey", ApiKey);
        builder.UseSetting("Ingestion:MaxBodyBytes", "1048576");
        // Webhook retries within a test's patience.
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.100");
        builder.UseSetting("Webhooks:RetryBaseDelay", "00:00:00.050");
        builder.UseSetting("Webhooks:RetryMaxDelay", "00:00:00.400");
    }

    /// <summary>A client that sends the ingestion key.</summary>
    public HttpClient CreateIngestClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    /// <summary>Direct database access for assertions.</summary>
    public async Task<T> QueryAsync<T>(Func<GovernanceDbContext, Task<T>> query)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<GovernanceDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
