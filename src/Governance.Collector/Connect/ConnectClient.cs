using System.Text.Json;
using Governance.Collector.Scanning;

namespace Governance.Collector.Connect;

/// <summary>
/// A Kafka Connect REST error: HTTP status and Connect's <c>error_code</c> and <c>message</c>.
/// <see cref="StatusCode"/> is 0 when no answer came (transport failure or timeout).
/// </summary>
public sealed class ConnectException(int statusCode, int errorCode, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>HTTP status, or 0 without an answer.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>Connect's error code (usually the HTTP status), or the status when the body had none.</summary>
    public int ErrorCode { get; } = errorCode;

    /// <summary>True when no HTTP answer came.</summary>
    public bool IsTransportFailure => StatusCode == 0;
}

/// <summary>A connector as the Connect REST API describes it (configuration values as returned; see <see cref="ConnectReader"/> for redaction).</summary>
/// <param name="Name">Connector name.</param>
/// <param name="Type"><c>source</c>, <c>sink</c> or <c>unknown</c>.</param>
/// <param name="Config">Connector configuration.</param>
/// <param name="State">Connector state (<c>RUNNING</c>, <c>PAUSED</c>, <c>STOPPED</c>, <c>FAILED</c>, <c>UNASSIGNED</c>), or <c>UNKNOWN</c> without status.</param>
/// <param name="Tasks">Task states by task id.</param>
public sealed record ConnectorDetails(string Name, string Type, IReadOnlyDictionary<string, string> Config, string State, IReadOnlyList<ConnectorTaskState> Tasks);

/// <summary>A connector task's state.</summary>
public sealed record ConnectorTaskState(int Id, string State, string? WorkerId);

/// <summary>
/// Our client of the Kafka Connect REST API (the read calls the collector needs), over an
/// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>; basic auth per request, never logged;
/// bounded retries on 408/429/5xx and transport errors.
/// </summary>
public sealed class ConnectClient
{
    private readonly RestTransport _transport;

    /// <summary>Creates a client of the Connect cluster at <paramref name="endpoint"/>.</summary>
    public ConnectClient(HttpClient http, ServiceEndpoint endpoint, RestClientOptions options, ILogger<ConnectClient> logger, string? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        var errors = endpoint.Validate("Connect").Concat(options.Validate("Connect")).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Kafka Connect client misconfigured: {string.Join("; ", errors)}", nameof(endpoint));
        }

        Endpoint = endpoint;
        Options = options;
        _transport = new RestTransport(http, endpoint, options, "application/json", cluster ?? endpoint.BaseUri.Authority, logger);
    }

    /// <summary>The endpoint (its <c>ToString</c> redacts the password).</summary>
    public ServiceEndpoint Endpoint { get; }

    /// <summary>Timeouts, retries and parallelism.</summary>
    public RestClientOptions Options { get; }

    /// <summary><c>GET /connectors</c>: connector names.</summary>
    public async Task<IReadOnlyList<string>> GetConnectorNamesAsync(CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync("connectors", cancellationToken).ConfigureAwait(false);
        return Names(json.RootElement);
    }

    /// <summary>
    /// <c>GET /connectors?expand=info&amp;expand=status</c> (Connect 2.3+): every connector with configuration and
    /// status in one call. Null when the worker ignores <c>expand</c> (it then answers with names only).
    /// </summary>
    public async Task<IReadOnlyList<ConnectorDetails>?> GetConnectorsExpandedAsync(CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync("connectors?expand=info&expand=status", cancellationToken).ConfigureAwait(false);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var connectors = new List<ConnectorDetails>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var info = entry.Value.TryGetProperty("info", out var i) ? i : default;
            var status = entry.Value.TryGetProperty("status", out var s) ? s : default;
            connectors.Add(ToDetails(entry.Name, info, status));
        }

        return connectors;
    }

    /// <summary><c>GET /connectors/{name}</c> and <c>GET /connectors/{name}/status</c>.</summary>
    public async Task<ConnectorDetails> GetConnectorAsync(string name, CancellationToken cancellationToken = default)
    {
        var infoTask = GetJsonAsync($"connectors/{RestTransport.Segment(name)}", cancellationToken);
        var statusTask = GetJsonAsync($"connectors/{RestTransport.Segment(name)}/status", cancellationToken);
        try
        {
            await Task.WhenAll(infoTask, statusTask).ConfigureAwait(false);
            return ToDetails(name, infoTask.Result.RootElement, statusTask.Result.RootElement);
        }
        finally
        {
            // Dispose the documents, including one that arrived when the other call failed.
            if (infoTask.IsCompletedSuccessfully) infoTask.Result.Dispose();
            if (statusTask.IsCompletedSuccessfully) statusTask.Result.Dispose();
        }
    }

    /// <summary><c>GET /connectors/{name}/topics</c> (Connect 2.5+, KIP-558): the topics the connector has used.</summary>
    public async Task<IReadOnlyList<string>> GetConnectorTopicsAsync(string name, CancellationToken cancellationToken = default)
    {
        using var json = await GetJsonAsync($"connectors/{RestTransport.Segment(name)}/topics", cancellationToken).ConfigureAwait(false);
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            var entry = root.TryGetProperty(name, out var byName) ? byName : root.EnumerateObject().Select(p => p.Value).FirstOrDefault();
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("topics", out var topics))
            {
                return Names(topics);
            }
        }

        return [];
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
            throw new ConnectException(0, 0, ex.Message, ex.InnerException);
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
            throw new ConnectException(response.StatusCode, 0, $"GET /{relative.Split('?')[0]}: the answer is not JSON ({ex.Message})", ex);
        }
    }

    internal static ConnectException ToException(RestResponse response)
    {
        try
        {
            using var json = JsonDocument.Parse(response.Body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                var root = json.RootElement;
                var code = root.TryGetProperty("error_code", out var c) && c.TryGetInt32(out var n) ? n : response.StatusCode;
                var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : $"HTTP {response.StatusCode}";
                return new ConnectException(response.StatusCode, code, message);
            }
        }
        catch (JsonException)
        {
            // Not a Connect error body (e.g. a proxy's page): fall through to the status line.
        }

        var excerpt = response.Body.Length > 200 ? response.Body[..200] + "…" : response.Body;
        return new ConnectException(response.StatusCode, response.StatusCode, $"HTTP {response.StatusCode}: {excerpt}".TrimEnd(' ', ':'));
    }

    internal static ConnectorDetails ToDetails(string name, JsonElement info, JsonElement status)
    {
        var config = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (info.ValueKind == JsonValueKind.Object && info.TryGetProperty("config", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in c.EnumerateObject())
            {
                config[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        var type = Text(info, "type") ?? Text(status, "type") ?? "unknown";
        var state = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("connector", out var connector) ? Text(connector, "state") : null;
        var tasks = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("tasks", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray()
                .Select(task => new ConnectorTaskState(task.TryGetProperty("id", out var id) && id.TryGetInt32(out var n) ? n : 0, Text(task, "state") ?? "UNKNOWN", Text(task, "worker_id")))
                .OrderBy(task => task.Id)
                .ToList()
            : [];
        return new ConnectorDetails(Text(info, "name") ?? name, type, config, state ?? "UNKNOWN", tasks);
    }

    private static IReadOnlyList<string> Names(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
