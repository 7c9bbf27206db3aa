using System.Net;
using Governance.Simulator.Scenario;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Governance.Simulator.Hosting;

/// <summary>
/// A minimal Kestrel app on 127.0.0.1 with a free port, for the simulated HTTP services. It reads no
/// configuration files or environment (a stray <c>ASPNETCORE_URLS</c> must not move it), logs nothing,
/// and applies the platform's injected fault before any endpoint runs.
/// </summary>
internal static class LoopbackWebHost
{
    /// <summary>How long a request held by <see cref="HttpFault.Timeout"/> waits before it is answered after all.</summary>
    public static readonly TimeSpan HeldRequestLimit = TimeSpan.FromMinutes(5);

    public static async Task<(WebApplication App, string Url)> StartAsync(
        string name,
        Func<HttpFault> fault,
        Func<HttpContext, Task> writeServerError,
        Action<WebApplication> mapEndpoints,
        CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();

        app.Use(async (context, next) =>
        {
            switch (fault())
            {
                case HttpFault.ServerError:
                    await writeServerError(context);
                    return;
                case HttpFault.Timeout:
                    await HoldAsync(context, app.Lifetime.ApplicationStopping);
                    return;
                default:
                    await next(context);
                    return;
            }
        });
        mapEndpoints(app);

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, address.TrimEnd('/'));
    }

    /// <summary>Keeps the request open until the client gives up, the server stops, or the limit passes.</summary>
    private static async Task HoldAsync(HttpContext context, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(HeldRequestLimit, linked.Token);
            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        }
        catch (OperationCanceledException)
        {
            // The client gave up (nothing left to answer) or the server is stopping: drop the connection
            // rather than answer, as a dead registry would.
            if (!context.RequestAborted.IsCancellationRequested) context.Abort();
        }
    }
}
