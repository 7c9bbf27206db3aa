using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Handlers;
using Governance.Simulator.Kafka.Protocol;
using Microsoft.Extensions.Logging;

namespace Governance.Simulator.Kafka.Network;

/// <summary>
/// One client connection to one broker. Frames are <c>INT32 size | header | body</c>. Requests are
/// processed strictly in arrival order and answered in that order, which is what Kafka guarantees and
/// what lets clients pipeline (librdkafka keeps several requests in flight and matches responses by
/// correlation id, but expects them in order). A malformed frame closes only this connection.
/// </summary>
internal sealed class KafkaConnection
{
    /// <summary>Kafka's default <c>socket.request.max.bytes</c>: anything larger is not a sane request.</summary>
    private const int MaxRequestSize = 100 * 1024 * 1024;

    /// <summary>The smallest header: api key, api version and correlation id.</summary>
    private const int MinRequestSize = 8;

    private readonly Socket _socket;
    private readonly ClusterRuntime _cluster;
    private readonly BrokerEndpoint _broker;
    private readonly ApiRouter _router;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _cts;
    private readonly string _remote;
    private readonly string _clientHost;

    public KafkaConnection(Socket socket, ClusterRuntime cluster, BrokerEndpoint broker, ApiRouter router, CancellationToken serverToken)
    {
        _socket = socket;
        _cluster = cluster;
        _broker = broker;
        _router = router;
        _logger = cluster.Logger;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(serverToken);
        _remote = socket.RemoteEndPoint?.ToString() ?? "?";
        _clientHost = "/" + ((socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown");
    }

    /// <summary>Closes the connection now (the client sees it drop and reconnects).</summary>
    public void Abort()
    {
        try
        {
            _cts.Cancel();
            _socket.Dispose();
        }
        catch (ObjectDisposedException)
        {
            // Already closed by the connection itself.
        }
    }

    public async Task RunAsync()
    {
        var ct = _cts.Token;
        using var stream = new NetworkStream(_socket, ownsSocket: true);
        using var writer = new KafkaWriter();
        var sizeBuffer = new byte[4];
        _logger.LogDebug("Broker {NodeId} of {Cluster}: connection from {Remote}", _broker.NodeId, _cluster.Alias, _remote);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (await stream.ReadAtLeastAsync(sizeBuffer, 4, throwOnEndOfStream: false, ct).ConfigureAwait(false) < 4)
                {
                    break; // The client closed the connection.
                }

                var size = BinaryPrimitives.ReadInt32BigEndian(sizeBuffer);
                if (size is < MinRequestSize or > MaxRequestSize)
                {
                    throw new KafkaProtocolException($"Invalid request size {size}.");
                }

                var frame = ArrayPool<byte>.Shared.Rent(size);
                bool respond;
                try
                {
                    await stream.ReadExactlyAsync(frame.AsMemory(0, size), ct).ConfigureAwait(false);
                    writer.Reset();
                    respond = await ProcessAsync(frame.AsMemory(0, size), writer, ct).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(frame);
                }

                if (respond)
                {
                    await stream.WriteAsync(writer.WrittenMemory, ct).ConfigureAwait(false);
                }
            }
        }
        catch (KafkaProtocolException ex)
        {
            _logger.LogWarning("Broker {NodeId} of {Cluster}: closing connection from {Remote} after a malformed request: {Reason}",
                _broker.NodeId, _cluster.Alias, _remote, ex.Message);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException or EndOfStreamException)
        {
            // Dropped by the client, by DropConnections or by disposal: nothing to report.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Broker {NodeId} of {Cluster}: closing connection from {Remote} after an internal error",
                _broker.NodeId, _cluster.Alias, _remote);
        }
        finally
        {
            _cts.Dispose();
            _logger.LogDebug("Broker {NodeId} of {Cluster}: connection from {Remote} closed", _broker.NodeId, _cluster.Alias, _remote);
        }
    }

    /// <summary>Handles one request; returns false when no response is to be sent (Produce with acks=0).</summary>
    private async ValueTask<bool> ProcessAsync(ReadOnlyMemory<byte> frame, KafkaWriter writer, CancellationToken ct)
    {
        var header = RequestHeader.Parse(frame.Span);
        var handler = _router.Find(header.ApiKey);
        var supported = handler is not null && header.ApiVersion >= handler.MinVersion && header.ApiVersion <= handler.MaxVersion;
        var flexible = ApiFlexibility.IsFlexible(header.ApiKey, header.ApiVersion);
        var isApiVersions = header.ApiKey == (short)ApiKey.ApiVersions;
        _logger.LogTrace("Broker {NodeId}: {ApiKey} v{Version} correlation {CorrelationId} from {ClientId}",
            _broker.NodeId, header.ApiKey, header.ApiVersion, header.CorrelationId, header.ClientId);

        var sizeAt = writer.ReserveInt32();
        writer.Flexible = false;
        writer.WriteInt32(header.CorrelationId);

        // ApiVersions always answers with response header v0 (KIP-511); flexible APIs with v1.
        if (flexible && !isApiVersions)
        {
            writer.WriteUnsignedVarint(0);
        }

        if (!supported)
        {
            _logger.LogInformation("Broker {NodeId} of {Cluster}: unsupported request api key {ApiKey} v{Version} from {Remote}",
                _broker.NodeId, _cluster.Alias, header.ApiKey, header.ApiVersion, _remote);
            if (isApiVersions && handler is ApiVersionsHandler apiVersions)
            {
                // KIP-511: an unknown ApiVersions version gets a v0 response carrying our ranges.
                apiVersions.WriteBody(writer, version: 0, ErrorCode.UnsupportedVersion);
            }
            else
            {
                // We cannot know the layout of a version (or API) we do not implement; the error code
                // first is the shape Kafka uses for such replies, and the frame stays valid, so the
                // connection survives.
                writer.WriteInt16(ErrorCode.UnsupportedVersion);
            }
        }
        else
        {
            var bodyOffset = header.BodyOffset(frame.Span, flexible);
            writer.Flexible = flexible;
            var context = new RequestContext(_cluster, _broker, (ApiKey)header.ApiKey, header.ApiVersion, header.CorrelationId, header.ClientId, _clientHost);
            await handler!.HandleAsync(context, frame[bodyOffset..], writer, ct).ConfigureAwait(false);
            if (context.SuppressResponse)
            {
                return false;
            }
        }

        writer.PatchInt32(sizeAt, writer.Position - 4);
        return true;
    }
}
