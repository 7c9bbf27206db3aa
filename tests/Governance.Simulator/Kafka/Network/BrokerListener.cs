using System.Net;
using System.Net.Sockets;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Handlers;
using Microsoft.Extensions.Logging;

namespace Governance.Simulator.Kafka.Network;

/// <summary>The listening socket of one broker (127.0.0.1, port chosen by the OS) and its accept loop.</summary>
internal sealed class BrokerListener : IDisposable
{
    private readonly Socket _socket;

    private BrokerListener(Socket socket, int nodeId)
    {
        _socket = socket;
        NodeId = nodeId;
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public int NodeId { get; }

    public int Port { get; }

    /// <summary>Binds and listens now, so the port is known before any broker is advertised.</summary>
    public static BrokerListener Bind(int nodeId)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            socket.Listen(512);
            return new BrokerListener(socket, nodeId);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Accepts until disposed; every connection runs on its own task, registered with <paramref name="track"/>.</summary>
    public async Task AcceptLoopAsync(ClusterRuntime cluster, ApiRouter router, Action<KafkaConnection, Func<Task>> track, CancellationToken ct)
    {
        var endpoint = cluster.Broker(NodeId);
        while (!ct.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (ct.IsCancellationRequested)
                {
                    return;
                }

                cluster.Logger.LogWarning(ex, "Broker {NodeId} of {Cluster}: accept failed", NodeId, cluster.Alias);
                continue;
            }

            client.NoDelay = true;
            var connection = new KafkaConnection(client, cluster, endpoint, router, ct);
            track(connection, connection.RunAsync);
        }
    }

    public void Dispose() => _socket.Dispose();
}
