using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.EndToEnd.Tests;

/// <summary>The real portal on a real TCP port (the collector talks HTTP to it), on SQLite in a temp folder.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string ApiKey = "end-to-end-ingest-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("governance-e2e-portal-").FullName;

    /// <summary>Starts the portal on <paramref name="port"/> (0: any free port).</summary>
    public PortalServer(int port = 0)
    {
        UseKestrel(port);
        StartServer();
    }

    /// <summary>A port nothing listens on now (for a portal that starts later).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Base address of the running portal.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Governance", $"Data Source={Path.Combine(_folder, "governance.db")};Pooling=False");
        builder.UseSetting("Storage:DataDirectory", _folder);
        builder.UseSetting("Ingestion:ApiKey", ApiKey);
    }

    public HttpClient Reader() => new() { BaseAddress = Address };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
