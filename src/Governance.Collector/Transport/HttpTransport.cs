using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Collector.Outbox;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Transport;

/// <summary>
/// Delivers batches to the portal: <c>POST {Portal:Url}/api/v1/lineage/batch</c> with
/// <c>Authorization: Bearer {Portal:ApiKey}</c>, a JSON array of events (gzip above
/// <see cref="PortalOptions.CompressionThresholdBytes"/>), and maps the portal's per-event results.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>stored</c> and <c>duplicate</c> → delivered (a duplicate is a resend the portal already had).</item>
/// <item><c>rejected</c> → <see cref="TransportResult.Rejected"/> with the portal's errors (dead-lettered by the caller).</item>
/// <item>413 → the batch is halved and each half sent; a single event refused as too large is rejected.</item>
/// <item>401/403 → <see cref="TransportFailureKind.Unauthorized"/>.</item>
/// <item>408, 429, 5xx, network errors, timeouts → <see cref="TransportFailureKind.Transient"/> with <c>Retry-After</c>.</item>
/// <item>Any other answer → <see cref="TransportFailureKind.Unexpected"/>.</item>
/// </list>
/// Retrying is the delivery service's job: it owns the backoff and the durable state.
/// </remarks>
public sealed class HttpTransport : IEventTransport
{
    /// <summary>The batch endpoint, relative to <see cref="PortalOptions.Url"/>.</summary>
    public const string BatchPath = "api/v1/lineage/batch";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly PortalOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly Uri _batchUri;

    /// <summary>Creates the transport (normally as a typed client of <c>IHttpClientFactory</c>).</summary>
    /// <param name="http">The client; its timeout bounds one request.</param>
    /// <param name="options">Portal address, key and compression threshold (validated by <see cref="PortalOptionsValidator"/>).</param>
    /// <param name="logger">Receives per-batch details; never the key.</param>
    /// <param name="clock">Resolves <c>Retry-After</c> dates.</param>
    public HttpTransport(HttpClient http, IOptions<PortalOptions> options, ILogger<HttpTransport> logger, TimeProvider clock)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _clock = clock;
        if (string.IsNullOrWhiteSpace(_options.Url) || !Uri.TryCreate(_options.Url, UriKind.Absolute, out var portal))
        {
            throw new InvalidOperationException("Portal:Url must be an absolute http or https URL for the HTTP transport.");
        }

        // A trailing slash keeps a path prefix (https://host/governance/) when the endpoint is appended.
        var root = portal.AbsoluteUri.EndsWith('/') ? portal : new Uri(portal.AbsoluteUri + "/");
        PortalUrl = root;
        _batchUri = new Uri(root, BatchPath);
        if (root.Scheme == Uri.UriSchemeHttp && !root.IsLoopback)
        {
            HttpTransportLog.InsecureUrl(_logger, root.GetLeftPart(UriPartial.Authority));
        }
    }

    /// <inheritdoc />
    public string Name => "http";

    /// <summary>The portal's base address (with trailing slash).</summary>
    public Uri PortalUrl { get; }

    /// <inheritdoc />
    public async ValueTask<TransportResult> SendAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Count == 0 ? TransportResult.AllDelivered(batch) : await SendPartAsync(batch.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<TransportResult> SendPartAsync(ArraySegment<OutboxEntry> part, CancellationToken cancellationToken)
    {
        var (result, tooLarge) = await PostAsync(part, cancellationToken).ConfigureAwait(false);
        if (!tooLarge)
        {
            return result!;
        }

        if (part.Count == 1)
        {
            // Alone and still too large: no split helps, and retrying would block the queue forever.
            return new TransportResult([], 0,
                [new RejectedEvent(part[0], "refused by the portal as too large (HTTP 413)",
                    [new DeliveryIssue("$", $"The event ({part[0].Payload.Length} bytes) exceeds the portal's request size limit (Ingestion:MaxBodyBytes).", null)])],
                null);
        }

        HttpTransportLog.SplittingBatch(_logger, part.Count);
        var half = part.Count / 2;
        var first = await SendPartAsync(part[..half], cancellationToken).ConfigureAwait(false);
        if (first.Failure is not null)
        {
            // Keep order: nothing after a failed part is sent in this attempt.
            return first;
        }

        return first.Then(await SendPartAsync(part[half..], cancellationToken).ConfigureAwait(false));
    }

    /// <summary>One POST. Returns the mapped result, or <c>TooLarge</c> when the portal answered 413.</summary>
    private async Task<(TransportResult? Result, bool TooLarge)> PostAsync(ArraySegment<OutboxEntry> part, CancellationToken cancellationToken)
    {
        var (content, bodyBytes, compressed) = BuildContent(part);
        using var request = new HttpRequestMessage(HttpMethod.Post, _batchUri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return (TransportResult.Failed(new TransportFailure(TransportFailureKind.Transient,
                $"The portal at {PortalUrl} is unreachable: {ex.Message}")), false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout surfaces as a cancellation the caller did not ask for.
            return (TransportResult.Failed(new TransportFailure(TransportFailureKind.Transient,
                $"The portal at {PortalUrl} did not answer within {_http.Timeout.TotalSeconds:0.#} s (Portal:RequestTimeout)")), false);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
            {
                return (null, true);
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (await MapAnswerAsync(part, response, bodyBytes, compressed, cancellationToken).ConfigureAwait(false), false);
            }

            var problem = await ReadProblemAsync(response, cancellationToken).ConfigureAwait(false);
            var failure = status switch
            {
                401 or 403 => new TransportFailure(TransportFailureKind.Unauthorized,
                    $"The portal at {PortalUrl} refused the API key (HTTP {status}{problem}). Portal:ApiKey is wrong or revoked: "
                    + "set the portal's ingestion key and restart the collector; events are kept until then.", null, status),
                408 or 429 or >= 500 => new TransportFailure(TransportFailureKind.Transient,
                    $"The portal at {PortalUrl} answered HTTP {status}{problem}", RetryAfter(response), status),
                404 => new TransportFailure(TransportFailureKind.Unexpected,
                    $"The portal at {PortalUrl} has no {BatchPath} (HTTP 404{problem}); check Portal:Url", RetryAfter(response), status),
                _ => new TransportFailure(TransportFailureKind.Unexpected,
                    $"The portal at {PortalUrl} refused the batch (HTTP {status}{problem})", RetryAfter(response), status),
            };
            return (TransportResult.Failed(failure), false);
        }
    }

    private async Task<TransportResult> MapAnswerAsync(
        ArraySegment<OutboxEntry> part, HttpResponseMessage response, int bodyBytes, bool compressed, CancellationToken cancellationToken)
    {
        PortalBatchAnswer? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync(PortalJsonContext.Default.PortalBatchAnswer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            answer = null;
        }

        if (answer?.Results is null)
        {
            return TransportResult.Failed(new TransportFailure(TransportFailureKind.Unexpected,
                $"The portal at {PortalUrl} answered HTTP 200 without readable per-event results; the batch will be resent", null, 200));
        }

        var items = new PortalBatchItem?[part.Count];
        foreach (var item in answer.Results)
        {
            if (item.Index >= 0 && item.Index < items.Length)
            {
                items[item.Index] = item;
            }
        }

        var delivered = new List<long>(part.Count);
        var rejected = new List<RejectedEvent>();
        var duplicates = 0;
        var unanswered = 0;
        for (var i = 0; i < part.Count; i++)
        {
            switch (items[i]?.Status)
            {
                case "stored":
                    delivered.Add(part[i].Sequence);
                    break;
                case "duplicate":
                    delivered.Add(part[i].Sequence);
                    duplicates++;
                    break;
                case "rejected":
                    var errors = (items[i]!.Errors ?? []).Select(e => new DeliveryIssue(e.Path ?? "$", e.Message ?? "(no message)", e.Schema)).ToList();
                    rejected.Add(new RejectedEvent(part[i], "rejected by the portal", errors));
                    break;
                default:
                    unanswered++;
                    break;
            }
        }

        HttpTransportLog.BatchAnswered(_logger, part.Count, delivered.Count - duplicates, duplicates, rejected.Count, bodyBytes, compressed);
        var failure = unanswered == 0
            ? null
            : new TransportFailure(TransportFailureKind.Unexpected,
                $"The portal's answer gave no usable result for {unanswered} of {part.Count} events; they will be resent", null, 200);
        return new TransportResult(delivered, duplicates, rejected, failure);
    }

    /// <summary>The JSON array of the payloads, gzip-compressed when larger than the threshold.</summary>
    private (HttpContent Content, int BodyBytes, bool Compressed) BuildContent(ArraySegment<OutboxEntry> part)
    {
        var size = 2 + (part.Count - 1);
        foreach (var entry in part)
        {
            size += entry.Payload.Length;
        }

        var body = new byte[size];
        var offset = 0;
        body[offset++] = (byte)'[';
        for (var i = 0; i < part.Count; i++)
        {
            if (i > 0)
            {
                body[offset++] = (byte)',';
            }

            part[i].Payload.Span.CopyTo(body.AsSpan(offset));
            offset += part[i].Payload.Length;
        }

        body[offset] = (byte)']';

        HttpContent content;
        var compressed = size > _options.CompressionThresholdBytes;
        if (compressed)
        {
            var buffer = new MemoryStream(size / 4);
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(body);
            }

            content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
            content.Headers.ContentEncoding.Add("gzip");
        }
        else
        {
            content = new ByteArrayContent(body);
        }

        content.Headers.ContentType = JsonContentType;
        return (content, size, compressed);
    }

    /// <summary>" : title: detail" of a problem answer, or empty; best effort, for messages only.</summary>
    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync(PortalJsonContext.Default.PortalProblem, cancellationToken).ConfigureAwait(false);
            var text = string.Join(": ", new[] { problem?.Title, problem?.Detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return text.Length == 0 ? string.Empty : $": {text}";
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or HttpRequestException)
        {
            return string.Empty;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
