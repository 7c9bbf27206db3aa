using System.Globalization;
using System.Text.Json;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.SchemaRegistry;

/// <summary>A schema looked up by its global id.</summary>
/// <param name="Id">Global schema id.</param>
/// <param name="SchemaType"><c>AVRO</c> (also when the registry omits the field), <c>JSON</c> or <c>PROTOBUF</c>.</param>
/// <param name="Schema">Schema text.</param>
/// <param name="References">References to other subjects' versions.</param>
/// <param name="Metadata">Data-contract metadata (raw JSON), if any.</param>
/// <param name="RuleSet">Data-contract rule set (raw JSON), if any.</param>
public sealed record SchemaById(int Id, string SchemaType, string Schema, IReadOnlyList<SchemaReferenceInfo> References, JsonElement? Metadata, JsonElement? RuleSet);

/// <summary>
/// Our client of the Confluent Schema Registry REST API (read-only calls the collector needs), over a
/// typed <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>. Basic-auth credentials go in
/// each request's Authorization header and are never logged. 408/429/5xx and transport errors are
/// retried (bounded); error bodies <c>{error_code, message}</c> become <see cref="SchemaRegistryException"/>.
/// </summary>
public sealed class SchemaRegistryClient
{
    private const string Accept = "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; q=0.9, application/json; q=0.5";

    private readonly RestTransport _transport;

    /// <summary>Creates a client of the registry at <paramref name="endpoint"/>.</summary>
    public SchemaRegistryClient(HttpClient http, ServiceEndpoint endpoint, RestClientOptions options, ILogger<SchemaRegistryClient> logger, string? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        var errors = endpoint.Validate("SchemaRegistry").Concat(options.Validate("SchemaRegistry")).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Schema Registry client misconfigured: {string.Join("; ", errors)}", nameof(endpoint));
        }

        Endpoint = endpoint;
        Options = options;
        _transport = new RestTransport(http, endpoint, options, Accept, cluster ?? endpoint.BaseUri.Authority, logger);
    }

    /// <summary>The registry's endpoint (its <c>ToString</c> redacts the password).</summary>
    public ServiceEndpoint Endpoint { get; }

    /// <summary>Timeouts, retries and parallelism.</summary>
    public RestClientOptions Options { get; }

    /// <summary><c>GET /subjects</c>: the live (not soft-deleted) subjects.</summary>
    public async Task<IReadOnlyList<string>> GetSubjectsAsync(CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync("subjects", cancellationToken).ConfigureAwait(false);
        return json.RootElement.EnumerateArray().Select(s => s.GetString() ?? "").ToList();
    }

    /// <summary><c>GET /subjects/{subject}/versions</c>: the live versions of a subject, ascending.</summary>
    public async Task<IReadOnlyList<int>> GetVersionsAsync(string subject, CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync($"subjects/{RestTransport.Segment(subject)}/versions", cancellationToken).ConfigureAwait(false);
        return json.RootElement.EnumerateArray().Select(v => v.GetInt32()).Order().ToList();
    }

    /// <summary><c>GET /subjects/{subject}/versions/{version}</c>: one version with type, references, metadata and rule set.</summary>
    public async Task<SchemaVersionInfo> GetSchemaVersionAsync(string subject, int version, CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync(
            $"subjects/{RestTransport.Segment(subject)}/versions/{version.ToString(CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
        var root = json.RootElement;
        return new SchemaVersionInfo(
            Int(root, "version") ?? version,
            Int(root, "id") ?? throw Malformed($"version {version} of {subject} has no id"),
            SchemaType(root),
            String(root, "schema") ?? "",
            References(root),
            Raw(root, "metadata"),
            Raw(root, "ruleSet") ?? Raw(root, "ruleset"));
    }

    /// <summary><c>GET /config</c>: the global compatibility level.</summary>
    public async Task<string?> GetGlobalCompatibilityAsync(CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync("config", cancellationToken).ConfigureAwait(false);
        return Compatibility(json.RootElement);
    }

    /// <summary>
    /// <c>GET /config/{subject}?defaultToGlobal=false</c>: the subject's own compatibility level, or null
    /// when it has none (404 with 40408, or 40401 from registries that answer so for unconfigured subjects).
    /// </summary>
    public async Task<string?> GetSubjectCompatibilityAsync(string subject, CancellationToken cancellationToken = default)
    {
        try
        {
            using var json = await GetJsonAsync($"config/{RestTransport.Segment(subject)}?defaultToGlobal=false", cancellationToken).ConfigureAwait(false);
            return Compatibility(json.RootElement);
        }
        catch (SchemaRegistryException ex) when (ex.StatusCode == 404 && ex.ErrorCode is SchemaRegistryException.SubjectLevelCompatibilityNotConfigured or SchemaRegistryException.SubjectNotFound)
        {
            return null;
        }
    }

    /// <summary><c>GET /schemas/ids/{id}</c>: a schema by its global id (e.g. one seen in a record's wire-format prefix).</summary>
    public async Task<SchemaById> GetSchemaByIdAsync(int id, CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync($"schemas/ids/{id.ToString(CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
        var root = json.RootElement;
        return new SchemaById(id, SchemaType(root), String(root, "schema") ?? "", References(root), Raw(root, "metadata"), Raw(root, "ruleSet") ?? Raw(root, "ruleset"));
    }

    private async Task<JsonDocument> GetJsonAsync(string relative, CancellationToken cancellationToken)
    {
        RestResponse response;
        try
        {
            response = await _transport.GetAsync(relative, cancellationToken).ConfigureAwait(false);
        }
        catch (RestTransportException ex)
        {
            throw new SchemaRegistryException(0, 0, ex.Message, ex.InnerException);
        }

        if (!response.IsSuccess)
        {
            throw ToException(response);
        }

        try
        {
            return JsonDocument.Parse(response.Body);
        }
        catch (JsonException ex)
        {
            throw new SchemaRegistryException(response.StatusCode, 0, $"GET /{StripQuery(relative)}: the answer is not JSON ({ex.Message})", ex);
        }

        static string StripQuery(string path) => path.Split('?')[0];
    }

    /// <summary>Maps an error answer: <c>{error_code, message}</c> when the body has it, else the status and a short body excerpt.</summary>
    internal static SchemaRegistryException ToException(RestResponse response)
    {
        try
        {
            using var json = JsonDocument.Parse(response.Body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                var code = Int(json.RootElement, "error_code") ?? response.StatusCode;
                var message = String(json.RootElement, "message") ?? $"HTTP {response.StatusCode}";
                return new SchemaRegistryException(response.StatusCode, code, message);
            }
        }
        catch (JsonException)
        {
            // Not a registry error body (e.g. a proxy's HTML page): fall through to the status line.
        }

        var excerpt = response.Body.Length > 200 ? response.Body[..200] + "…" : response.Body;
        return new SchemaRegistryException(response.StatusCode, response.StatusCode, $"HTTP {response.StatusCode}: {excerpt}".TrimEnd(' ', ':'));
    }

    private static SchemaRegistryException Malformed(string message) => new(200, 0, $"unexpected answer: {message}");

    /// <summary>The registry omits <c>schemaType</c> for Avro.</summary>
    private static string SchemaType(JsonElement root) => String(root, "schemaType") is { Length: > 0 } type ? type : "AVRO";

    private static string? Compatibility(JsonElement root) => String(root, "compatibilityLevel") ?? String(root, "compatibility");

    private static IReadOnlyList<SchemaReferenceInfo> References(JsonElement root) =>
        root.TryGetProperty("references", out var refs) && refs.ValueKind == JsonValueKind.Array
            ? refs.EnumerateArray()
                .Select(r => new SchemaReferenceInfo(String(r, "name") ?? "", String(r, "subject") ?? "", Int(r, "version") ?? 0))
                .ToList()
            : [];

    private static JsonElement? Raw(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? value.Clone() : null;

    private static string? String(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;
}
