using Confluent.Kafka;
using Governance.Simulator.Kafka;
using Governance.Simulator.Scenario;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>
/// A running simulated cluster plus client factories with short timeouts, so a failing test fails
/// fast instead of hanging. Client and server logs go to the test output. Set
/// <c>SIM_KAFKA_DEBUG=1</c> to turn on librdkafka's protocol/broker debug output.
/// The cluster owns the clients it creates: tests must not dispose them (Confluent.Kafka's
/// AdminClient throws on a second Dispose).
/// </summary>
internal sealed class KafkaTestCluster : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper _output;
    private readonly List<IDisposable> _clients = [];

    private KafkaTestCluster(SimulatedPlatform platform, KafkaClusterServer server, ITestOutputHelper output)
    {
        Platform = platform;
        Server = server;
        _output = output;
    }

    public SimulatedPlatform Platform { get; }

    public KafkaClusterServer Server { get; }

    public string Bootstrap => Server.BootstrapServers;

    /// <summary>A token that ends the test's client calls if something hangs.</summary>
    public CancellationToken Token { get; } = new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    private static string? Debug => Environment.GetEnvironmentVariable("SIM_KAFKA_DEBUG") == "1" ? "protocol,broker,fetch,admin,cgrp" : null;

    public static async Task<KafkaTestCluster> StartAsync(PlatformScenario scenario, string alias, ITestOutputHelper output)
    {
        var platform = new SimulatedPlatform(scenario);
        var server = await KafkaClusterServer.StartAsync(platform, alias, new XunitLogger(output, "kafka-sim", LogLevel.Information));
        return new KafkaTestCluster(platform, server, output);
    }

    public IAdminClient Admin()
    {
        var config = new AdminClientConfig
        {
            BootstrapServers = Bootstrap,
            ClientId = "sim-admin",
            SocketTimeoutMs = 10_000,
            Debug = Debug,
        };
        var admin = new AdminClientBuilder(config)
            .SetLogHandler((_, m) => Log($"rdkafka admin {m.Level} {m.Facility}: {m.Message}"))
            .Build();
        _clients.Add(admin);
        return admin;
    }

    public IConsumer<byte[]?, byte[]?> Consumer(Action<ConsumerConfig>? configure = null)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = Bootstrap,
            GroupId = "sim-test-reader",
            ClientId = "sim-consumer",
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            SocketTimeoutMs = 10_000,
            SessionTimeoutMs = 10_000,
            FetchWaitMaxMs = 100,
            CheckCrcs = true,
            Debug = Debug,
        };
        configure?.Invoke(config);
        var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetLogHandler((_, m) => Log($"rdkafka consumer {m.Level} {m.Facility}: {m.Message}"))
            .SetErrorHandler((_, e) => Log($"rdkafka consumer error {e.Code}: {e.Reason}"))
            .Build();
        _clients.Add(consumer);
        return consumer;
    }

    /// <summary>Consumes until <paramref name="count"/> messages arrived or the timeout passed.</summary>
    public static List<ConsumeResult<byte[]?, byte[]?>> ConsumeMany(IConsumer<byte[]?, byte[]?> consumer, int count, TimeSpan? timeout = null)
    {
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (results.Count < count && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is { IsPartitionEOF: false, Message: not null })
            {
                results.Add(result);
            }
        }

        return results;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Enumerable.Reverse(_clients))
        {
            if (client is IConsumer<byte[]?, byte[]?> consumer)
            {
                consumer.Close();
            }

            client.Dispose();
        }

        await Server.DisposeAsync();
    }

    private void Log(string line)
    {
        try
        {
            _output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] {line}");
        }
        catch (InvalidOperationException)
        {
            // Test already finished.
        }
    }
}
