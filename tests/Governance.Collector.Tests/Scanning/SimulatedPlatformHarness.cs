using Governance.Collector.Kafka;
using Governance.Collector.Scanning;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Governance.Collector.Tests.Scanning;

/// <summary>
/// The simulated platform of a scenario (<see cref="RunningPlatform"/>: real Kafka wire protocol, Schema
/// Registry and Connect REST over loopback) and the collector's <see cref="PlatformScanner"/> configured against it through
/// <see cref="PlatformInspectionServiceCollectionExtensions.AddPlatformInspection"/>, with short timeouts.
/// </summary>
internal sealed class SimulatedPlatformHarness : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _servers = [];
    private ServiceProvider? _provider;

    private SimulatedPlatformHarness(SimulatedPlatform platform, ITestOutputHelper? output)
    {
        Platform = platform;
        Logs = new TestOutputLoggerProvider(output);
    }

    public SimulatedPlatform Platform { get; }

    public TestOutputLoggerProvider Logs { get; }

    public Dictionary<string, CollectorClusterOptions> Clusters { get; } = new(StringComparer.Ordinal);

    public PlatformScanOptions Options { get; } = new()
    {
        Sampling = new SamplingOptions { RecordsPerPartition = 3, MaxPartitionsPerTopic = 3, Budget = 10_000, Timeout = TimeSpan.FromSeconds(30), IdleTimeout = TimeSpan.FromSeconds(5) },
        Scan = new PlatformInspectionOptions
        {
            MaxParallelClusters = 4,
            Kafka = new KafkaInspectionOptions { RequestTimeout = TimeSpan.FromSeconds(5), MetadataTimeout = TimeSpan.FromSeconds(5), MaxAttempts = 4, RetryBackoff = TimeSpan.FromMilliseconds(100) },
            SchemaRegistry = new RestClientOptions { RequestTimeout = TimeSpan.FromSeconds(5), MaxAttempts = 3, RetryBackoff = TimeSpan.FromMilliseconds(20), MaxConcurrency = 8 },
            Connect = new RestClientOptions { RequestTimeout = TimeSpan.FromSeconds(5), MaxAttempts = 3, RetryBackoff = TimeSpan.FromMilliseconds(20) },
        },
    };

    /// <summary>Starts every cluster of the scenario (<see cref="RunningPlatform"/>: brokers, and its registry and Connect when it has them).</summary>
    public static async Task<SimulatedPlatformHarness> StartAsync(PlatformScenario scenario, ITestOutputHelper? output)
    {
        var running = await RunningPlatform.StartAsync(scenario);
        var harness = new SimulatedPlatformHarness(running.Platform, output);
        harness._servers.Add(running);
        foreach (var endpoints in running.Clusters)
        {
            var options = new CollectorClusterOptions
            {
                Alias = endpoints.Alias,
                BootstrapServers = endpoints.BootstrapServers,
                Settings = new Dictionary<string, string>
                {
                    ["socket.timeout.ms"] = "5000",
                    ["reconnect.backoff.ms"] = "20",
                    ["reconnect.backoff.max.ms"] = "200",
                },
                SchemaRegistry = endpoints.SchemaRegistryUrl is { } registry ? new ServiceEndpoint { Url = registry } : null,
                Connect = endpoints.ConnectUrl is { } connect ? new ServiceEndpoint { Url = connect } : null,
            };
            if (Environment.GetEnvironmentVariable("COLLECTOR_KAFKA_DEBUG") is { Length: > 0 } debug)
            {
                options.Settings["debug"] = debug;
            }

            harness.Clusters[endpoints.Alias] = options;
        }

        return harness;
    }

    /// <summary>The scanner (built on first use, with the options as they are then).</summary>
    public PlatformScanner Scanner
    {
        get
        {
            if (_provider is null)
            {
                Options.Clusters = [.. Clusters.Values];
                var services = new ServiceCollection();
                services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
                services.AddPlatformInspection(new ConfigurationBuilder().Build());
                services.Configure<PlatformScanOptions>(o =>
                {
                    o.Clusters = Options.Clusters;
                    o.Sampling = Options.Sampling;
                    o.Scan = Options.Scan;
                });
                _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            }

            return _provider.GetRequiredService<PlatformScanner>();
        }
    }

    public KafkaClusterInspector Inspector(string alias)
    {
        _ = Scanner;
        return _provider!.GetRequiredService<KafkaClusterInspectors>().Get(alias);
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing the provider disposes the inspectors (their admin clients) before the brokers go away.
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        foreach (var server in Enumerable.Reverse(_servers))
        {
            await server.DisposeAsync();
        }
    }
}
