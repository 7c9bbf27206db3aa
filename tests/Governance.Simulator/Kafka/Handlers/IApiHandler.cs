using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// Serves one Kafka API over a version range. The connection has already parsed the request header,
/// checked the version and written the response header; the handler reads the body and writes the
/// response body. <c>request</c>/<c>response</c> flexibility is set from the API's first flexible version.
/// </summary>
internal interface IApiHandler
{
    ApiKey Key { get; }

    short MinVersion { get; }

    short MaxVersion { get; }

    ValueTask HandleAsync(RequestContext context, ReadOnlyMemory<byte> body, KafkaWriter response, CancellationToken cancellationToken);
}

/// <summary>A handler that answers without waiting: parses with a span reader (which cannot cross an await).</summary>
internal abstract class SyncApiHandler : IApiHandler
{
    public abstract ApiKey Key { get; }

    public abstract short MinVersion { get; }

    public abstract short MaxVersion { get; }

    public ValueTask HandleAsync(RequestContext context, ReadOnlyMemory<byte> body, KafkaWriter response, CancellationToken cancellationToken)
    {
        var reader = new KafkaReader(body.Span, response.Flexible);
        Handle(context, ref reader, response);
        return ValueTask.CompletedTask;
    }

    protected abstract void Handle(RequestContext context, ref KafkaReader request, KafkaWriter response);
}
