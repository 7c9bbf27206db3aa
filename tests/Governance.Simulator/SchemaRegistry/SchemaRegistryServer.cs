using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Simulator.SchemaRegistry;

/// <summary>
/// A Confluent Schema Registry REST server for one cluster's <see cref="SchemaRegistryScenario"/>, on
/// 127.0.0.1 with a free port. Serves the subject, version, schema-id, config and mode endpoints with the
/// registry's response shapes and error codes, reads and writes through the <see cref="SimulatedPlatform"/>,
/// and honours <see cref="SimulatedPlatform.RegistryFault"/>.
/// </summary>
public sealed class SchemaRegistryServer : IAsyncDisposable
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    private readonly WebApplication _app;

    private SchemaRegistryServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    public static async Task<SchemaRegistryServer> StartAsync(SimulatedPlatform platform, string clusterAlias, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (!platform.Read(s => s.Cluster(clusterAlias).SchemaRegistry is not null))
        {
            throw new InvalidOperationException($"Cluster '{clusterAlias}' has no Schema Registry.");
        }

        var operations = new RegistryOperations(platform, clusterAlias);
        var (app, url) = await LoopbackWebHost.StartAsync(
            $"schema-registry-{clusterAlias}",
            () => platform.RegistryFault,
            context => WriteAsync(context, RegistryError.Backend().Status, RegistryError.Backend().Body),
            web => Map(web, operations),
            ct);
        return new SchemaRegistryServer(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void Map(WebApplication app, RegistryOperations ops)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (RegistryError e)
            {
                await WriteAsync(context, e.Status, e.Body);
            }
        });

        app.MapGet("/", () => Json(new JsonObject()));
        app.MapGet("/schemas/types", () => Json(new JsonArray("JSON", "PROTOBUF", "AVRO")));
        app.MapGet("/contexts", () => Json(new JsonArray(":.:")));

        app.MapGet("/subjects", (HttpRequest r) => Json(ops.ListSubjects(
            Flag(r, "deleted"), Flag(r, "deletedOnly"), r.Query["subjectPrefix"], Number(r, "offset", 0), Number(r, "limit", -1))));
        app.MapPost("/subjects/{subject}", async (HttpRequest r, string subject) => Json(ops.Lookup(Name(subject), await BodyAsync(r), Flag(r, "deleted"))));
        app.MapDelete("/subjects/{subject}", (HttpRequest r, string subject) => Json(ops.DeleteSubject(Name(subject), Flag(r, "permanent"))));
        app.MapGet("/subjects/{subject}/versions", (HttpRequest r, string subject) => Json(ops.ListVersions(Name(subject), Flag(r, "deleted"))));
        app.MapPost("/subjects/{subject}/versions", async (HttpRequest r, string subject) => Json(ops.Register(Name(subject), await BodyAsync(r))));
        app.MapGet("/subjects/{subject}/versions/{version}", (HttpRequest r, string subject, string version) =>
            Json(ops.GetVersion(Name(subject), version, Flag(r, "deleted"))));
        app.MapGet("/subjects/{subject}/versions/{version}/schema", (HttpRequest r, string subject, string version) =>
            Raw(ops.GetVersionSchema(Name(subject), version, Flag(r, "deleted"))));
        app.MapGet("/subjects/{subject}/versions/{version}/referencedby", (string subject, string version) =>
            Json(ops.ReferencedBy(Name(subject), version)));

        app.MapGet("/schemas/ids/{id}", (HttpRequest r, string id) => Json(ops.GetSchemaById(Id(id), r.Query["subject"])));
        app.MapGet("/schemas/ids/{id}/schema", (string id) => Raw(ops.GetSchemaTextById(Id(id))));
        app.MapGet("/schemas/ids/{id}/subjects", (HttpRequest r, string id) => Json(ops.SubjectsById(Id(id), Flag(r, "deleted"))));
        app.MapGet("/schemas/ids/{id}/versions", (HttpRequest r, string id) => Json(ops.VersionsById(Id(id), Flag(r, "deleted"))));

        app.MapGet("/config", (HttpRequest r) => Json(ops.GetConfig(null, Flag(r, "defaultToGlobal"))));
        app.MapPut("/config", async (HttpRequest r) => Json(ops.PutConfig(null, await BodyAsync(r))));
        app.MapGet("/config/{subject}", (HttpRequest r, string subject) => Json(ops.GetConfig(Name(subject), Flag(r, "defaultToGlobal"))));
        app.MapPut("/config/{subject}", async (HttpRequest r, string subject) => Json(ops.PutConfig(Name(subject), await BodyAsync(r))));
        app.MapDelete("/config/{subject}", (string subject) => Json(ops.DeleteConfig(Name(subject))));

        app.MapGet("/mode", (HttpRequest r) => Json(ops.GetMode(null, true)));
        app.MapPut("/mode", async (HttpRequest r) => Json(ops.PutMode(await BodyAsync(r))));
        app.MapGet("/mode/{subject}", (HttpRequest r, string subject) => Json(ops.GetMode(Name(subject), Flag(r, "defaultToGlobal"))));

        app.MapFallback(() => Error(RegistryError.NoRoute()));
    }

    private static IResult Json(JsonNode body) => new JsonNodeResult(StatusCodes.Status200OK, body, ContentType);

    private static IResult Error(RegistryError error) => new JsonNodeResult(error.Status, error.Body, ContentType);

    /// <summary>The <c>/schema</c> endpoints answer with the schema text itself.</summary>
    private static IResult Raw(string schema) => Results.Text(schema, ContentType);

    private static Task WriteAsync(HttpContext context, int status, JsonNode body) =>
        new JsonNodeResult(status, body, ContentType).ExecuteAsync(context);

    private static async Task<JsonNode?> BodyAsync(HttpRequest request)
    {
        try
        {
            // Clients send application/vnd.schemaregistry.v1+json, application/json or octet-stream alike.
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw RegistryError.BadRequest($"Unexpected request body: {e.Message}");
        }
    }

    // Route values arrive decoded except for an encoded slash (subjects may contain '/').
    private static string Name(string routeValue) => routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static bool Flag(HttpRequest request, string name) =>
        bool.TryParse(request.Query[name].ToString(), out var value) && value;

    private static int Number(HttpRequest request, string name, int fallback) =>
        int.TryParse(request.Query[name].ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static int Id(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw RegistryError.SchemaNotFound();
}
