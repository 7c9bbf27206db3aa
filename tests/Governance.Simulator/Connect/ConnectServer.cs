using System.Text.Json.Nodes;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Simulator.Connect;

/// <summary>
/// A Kafka Connect REST server for one cluster's <see cref="ConnectClusterScenario"/>, on 127.0.0.1 with a
/// free port: worker info, connectors (with <c>?expand=info</c>/<c>?expand=status</c>), config, status,
/// tasks, active topics and plugins, read-only. Honours <see cref="SimulatedPlatform.ConnectFault"/>.
/// </summary>
public sealed class ConnectServer : IAsyncDisposable
{
    private const string ContentType = "application/json";

    private readonly WebApplication _app;

    private ConnectServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public string Url { get; }

    public static async Task<ConnectServer> StartAsync(SimulatedPlatform platform, string clusterAlias, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (!platform.Read(s => s.Cluster(clusterAlias).Connect is not null))
        {
            throw new InvalidOperationException($"Cluster '{clusterAlias}' has no Connect cluster.");
        }

        var operations = new ConnectOperations(platform, clusterAlias);
        var (app, url) = await LoopbackWebHost.StartAsync(
            $"connect-{clusterAlias}",
            () => platform.ConnectFault,
            context => Error(ConnectError.ServerError()).ExecuteAsync(context),
            web => Map(web, operations),
            ct);
        return new ConnectServer(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void Map(WebApplication app, ConnectOperations ops)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (ConnectError e)
            {
                await Error(e).ExecuteAsync(context);
            }
        });

        app.MapGet("/", () => Json(ops.ServerInfo()));
        app.MapGet("/connectors", (HttpRequest r) =>
        {
            // ?expand=info&expand=status, also accepted comma-separated.
            var expand = r.Query["expand"].SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).ToHashSet(StringComparer.Ordinal);
            return Json(ops.List(expand.Contains("info"), expand.Contains("status")));
        });
        app.MapGet("/connectors/{name}", (string name) => Json(ops.Get(name)));
        app.MapGet("/connectors/{name}/config", (string name) => Json(ops.Config(name)));
        app.MapGet("/connectors/{name}/status", (string name) => Json(ops.GetStatus(name)));
        app.MapGet("/connectors/{name}/tasks", (string name) => Json(ops.Tasks(name)));
        app.MapGet("/connectors/{name}/topics", (string name) => Json(ops.Topics(name)));
        app.MapGet("/connector-plugins", () => Json(ops.Plugins()));
        app.MapFallback(() => Error(ConnectError.NoRoute()));
    }

    private static IResult Json(JsonNode body) => new JsonNodeResult(StatusCodes.Status200OK, body, ContentType);

    private static JsonNodeResult Error(ConnectError error) => new(error.Status, error.Body, ContentType);
}
