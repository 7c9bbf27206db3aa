using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Governance.Collector.Scanning;

/// <summary>An HTTP answer: status and body (the body of an error is parsed by the service client).</summary>
internal readonly record struct RestResponse(int StatusCode, string Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>Why a request got no HTTP answer after every attempt (transport failure or timeout).</summary>
internal sealed class RestTransportException(string message, Exception? inner) : Exception(message, inner)
{
    public bool TimedOut => InnerException is TimeoutException;
}

/// <summary>
/// GET requests against one HTTP service: base URL, basic auth on each request (never in the URL,
/// never logged), a timeout per attempt, and bounded retries with exponential backoff on 408, 429,
/// 5xx, transport errors and timeouts (honouring Retry-After).
/// </summary>
internal sealed class RestTransport(HttpClient http, ServiceEndpoint endpoint, RestClientOptions options, string accept, string cluster, ILogger logger)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private readonly Uri _base = endpoint.BaseUri;
    private readonly AuthenticationHeaderValue? _auth = endpoint.HasCredentials
        ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{endpoint.Username}:{endpoint.Password}")))
        : null;

    public Uri BaseUri => _base;

    /// <summary>GET <paramref name="relative"/> (path and query, no leading slash). Returns the last answer, success or not.</summary>
    /// <exception cref="RestTransportException">No answer after every attempt.</exception>
    public async Task<RestResponse> GetAsync(string relative, CancellationToken cancellationToken)
    {
        var uri = new Uri(_base, relative);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.RequestTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd(accept);
            request.Headers.Authorization = _auth;

            string reason;
            TimeSpan? retryAfter = null;
            Exception? failure;
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                CollectorLog.HttpCall(logger, cluster, "GET", uri.AbsolutePath, status, attempt);
                if (!IsRetriable(response.StatusCode) || attempt >= options.MaxAttempts)
                {
                    return new RestResponse(status, body);
                }

                reason = $"HTTP {status}";
                retryAfter = RetryAfter(response);
                failure = null;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new TimeoutException($"no answer within {options.RequestTimeout}", ex);
                reason = failure.Message;
            }
            catch (HttpRequestException ex)
            {
                failure = ex;
                reason = ex.HttpRequestError.ToString();
            }

            if (failure is not null && attempt >= options.MaxAttempts)
            {
                throw new RestTransportException($"GET {uri.AbsolutePath} failed after {attempt} attempts: {reason}", failure);
            }

            var delay = retryAfter ?? options.RetryBackoff * Math.Pow(2, attempt - 1);
            if (delay > MaxDelay)
            {
                delay = MaxDelay;
            }

            CollectorLog.HttpRetry(logger, cluster, "GET", uri.AbsolutePath, attempt, reason, delay.TotalMilliseconds);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    public static bool IsRetriable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    /// <summary>One path segment, escaped (subject and connector names may contain '/', ':' and spaces).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
