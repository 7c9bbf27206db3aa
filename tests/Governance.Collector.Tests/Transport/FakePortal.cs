using System.IO.Compression;
using System.Net.Sockets;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.Collector.Tests.Transport;

/// <summary>
/// A stand-in for the portal's ingestion API over real HTTP (Kestrel on 127.0.0.1): the same
/// contract as Governance.Web's <c>POST /api/v1/lineage/batch</c> (Bearer key, JSON array, optional
/// gzip, 200 with per-event results, ProblemDetails for 400/401/413/415) and the same idempotency
/// (a canonical content hash: a resent event is a <c>duplicate</c>, never stored twice). It records
/// what it stored and can be told to fail, to refuse large batches, or to keep an answer back.
/// </summary>
internal sealed class FakePortal : IAsyncDisposable
{
    public const string Key = "portal-test-key-3d9c1f0e7a5b";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _stored = new(StringComparer.Ordinal);
    private readonly List<int> _acceptedBatchSizes = [];
    private WebApplication? _app;
    private int _failuresToInject;
    private int _failureStatus;
    private TimeSpan? _failureRetryAfter;

    /// <summary>A portal that will listen on a free port once started.</summary>
    public FakePortal()
    {
        // Reserve a port now, so a collector can be pointed at a portal that is still down.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _app is not null;

    /// <summary>Largest accepted array length (the portal's Ingestion:MaxBatchSize); larger gets 413.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Largest accepted (decompressed) body (Ingestion:MaxBodyBytes); larger gets 413.</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Events for which this returns true are rejected with a validation error.</summary>
    public Func<JsonElement, bool> RejectWhen { get; set; } =
        e => e.TryGetProperty("job", out var job) && job.TryGetProperty("name", out var name) && name.GetString()!.StartsWith("reject", StringComparison.Ordinal);

    /// <summary>
    /// When set, a batch is stored and then the answer is held back until this completes or the
    /// client gives up: "the portal got the events but the collector never heard back".
    /// </summary>
    public TaskCompletionSource? HoldAnswers { get; set; }

    public int Requests { get; private set; }

    public int GzipRequests { get; private set; }

    public int TooLargeAnswers { get; private set; }

    public int UnauthorizedAnswers { get; private set; }

    /// <summary>Events received (stored + duplicates + rejected).</summary>
    public int Received { get; private set; }

    public int Duplicates { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>Distinct events stored (what would be projected).</summary>
    public int StoredCount
    {
        get
        {
            lock (_lock)
            {
                return _stored.Count;
            }
        }
    }

    /// <summary>How often each stored event (by hash) was received; a value above 1 means resends.</summary>
    public IReadOnlyDictionary<string, int> StoredHashes
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_stored, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyList<int> AcceptedBatchSizes
    {
        get
        {
            lock (_lock)
            {
                return [.. _acceptedBatchSizes];
            }
        }
    }

    /// <summary>The next <paramref name="count"/> batch requests are answered with <paramref name="status"/>.</summary>
    public void FailNext(int count, int status = 503, TimeSpan? retryAfter = null)
    {
        lock (_lock)
        {
            _failuresToInject = count;
            _failureStatus = status;
            _failureRetryAfter = retryAfter;
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, Port));
        var app = builder.Build();
        app.MapPost("/api/v1/lineage/batch", (Delegate)HandleBatchAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.EndsWith($":{Port}", address, StringComparison.Ordinal);
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        HoldAnswers?.TrySetResult();
        await StopAsync();
    }

    /// <summary>The hash the portal keys idempotency on, for comparing with what a test sent.</summary>
    public static string HashOf(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteCanonical(writer, element);
        }

        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }

    private async Task<IResult> HandleBatchAsync(HttpContext context)
    {
        var request = context.Request;
        lock (_lock)
        {
            Requests++;
        }

        if (request.Headers.Authorization.ToString() != $"Bearer {Key}")
        {
            lock (_lock)
            {
                UnauthorizedAnswers++;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: 401, title: "Authentication required", detail: "The API key is not valid.");
        }

        lock (_lock)
        {
            if (_failuresToInject > 0)
            {
                _failuresToInject--;
                if (_failureRetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Results.Problem(statusCode: _failureStatus, title: "Injected failure");
            }
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Results.Problem(statusCode: 415, title: "Unsupported media type");
        }

        Stream body = request.Body;
        if (request.Headers.ContentEncoding.ToString() == "gzip")
        {
            lock (_lock)
            {
                GzipRequests++;
            }

            body = new GZipStream(request.Body, CompressionMode.Decompress);
        }

        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            return TooLarge("Request body too large");
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return Results.Problem(statusCode: 400, title: "Batch must be an array");
        }

        if (document.RootElement.GetArrayLength() > MaxBatchSize)
        {
            return TooLarge("Too many events");
        }

        var results = new List<object>();
        int stored = 0, duplicates = 0, rejected = 0;
        lock (_lock)
        {
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                Received++;
                if (RejectWhen(item))
                {
                    Rejected++;
                    rejected++;
                    results.Add(new
                    {
                        index,
                        status = "rejected",
                        eventId = (long?)null,
                        errors = new[] { new { path = "$.job.name", message = "job names starting with 'reject' are refused by this test portal", schema = "#/$defs/Job" } },
                        warnings = Array.Empty<object>(),
                    });
                }
                else
                {
                    var hash = HashOf(item);
                    var isNew = _stored.TryAdd(hash, 1);
                    if (!isNew)
                    {
                        _stored[hash]++;
                        Duplicates++;
                        duplicates++;
                    }
                    else
                    {
                        stored++;
                    }

                    results.Add(new
                    {
                        index,
                        status = isNew ? "stored" : "duplicate",
                        eventId = (long?)_stored.Count,
                        errors = Array.Empty<object>(),
                        warnings = Array.Empty<object>(),
                    });
                }

                index++;
            }

            _acceptedBatchSizes.Add(index);
        }

        if (HoldAnswers is { } hold)
        {
            try
            {
                await hold.Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }

        return Results.Json(new { stored, duplicates, rejected, results }, JsonSerializerOptions.Web);
    }

    private IResult TooLarge(string title)
    {
        lock (_lock)
        {
            TooLargeAnswers++;
        }

        return Results.Problem(statusCode: 413, title: title, detail: $"At most {MaxBatchSize} events and {MaxBodyBytes} bytes.");
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
