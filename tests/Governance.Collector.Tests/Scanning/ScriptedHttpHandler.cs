using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Governance.Collector.Tests.Scanning;

/// <summary>An HTTP handler answering from a function of the request (path and query), recording every request.</summary>
internal sealed class ScriptedHttpHandler(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public ScriptedHttpHandler(Func<string, (int Status, string Body)> answer)
        : this(request =>
        {
            var (status, body) = answer(request.RequestUri!.PathAndQuery);
            return Task.FromResult(Json(status, body));
        })
    {
    }

    public static HttpResponseMessage Json(int status, string body) =>
        new((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public int Count(string pathAndQuery) => Requests.Count(r => r.RequestUri!.PathAndQuery == pathAndQuery);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return answer(request).WaitAsync(cancellationToken);
    }
}
