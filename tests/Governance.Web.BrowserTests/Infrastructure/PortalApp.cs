using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real application on a real Kestrel port (a browser cannot reach the in-memory test server),
/// on a SQLite database in a temporary folder.
/// </summary>
public sealed class PortalApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "browser-tests-ingest-key-7f3a9c";

    public PortalApp(string dataFolder)
    {
        DataFolder = dataFolder;
        UseKestrel(0);
    }

    public string DataFolder { get; }

    /// <summary>The address Kestrel bound, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Governance", $"Data Source={Path.Combine(DataFolder, "governance.db")};Pooling=False");
        builder.UseSetting("Storage:DataDirectory", DataFolder);
        builder.UseSetting("Ingestion:ApiKey", ApiKey);
    }
}
