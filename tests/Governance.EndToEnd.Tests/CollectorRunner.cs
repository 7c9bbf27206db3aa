using Governance.Collector.Extensions;
using Governance.Collector.Outbox;
using Governance.Collector.Pipeline;
using Governance.Simulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The real collector, configured with the simulated platform's endpoints and a portal address,
/// with its outbox and state in a folder that survives <see cref="StopAsync"/> (so a test can
/// restart it, as after a crash).
/// </summary>
public sealed class CollectorRunner : IAsyncDisposable
{
    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly Dictionary<string, string?> _settings;
    private IHost? _host;

    public CollectorRunner(RunningPlatform platform, Uri portal, string apiKey, string? folder = null)
    {
        _ownsFolder = folder is null;
        _folder = folder ?? Directory.CreateTempSubdirectory("governance-e2e-collector-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Portal:Url"] = portal.ToString(),
            ["Portal:ApiKey"] = apiKey,
            ["Transport:Type"] = "Http",
            ["Outbox:Directory"] = Path.Combine(_folder, "outbox"),
            ["Outbox:RetryInitialDelay"] = "00:00:00.100",
            ["Outbox:RetryMaxDelay"] = "00:00:01",
            ["Emission:StateFile"] = Path.Combine(_folder, "state.json"),
            ["Sampling:RecordsPerPartition"] = "3",
        };
        for (var i = 0; i < platform.Clusters.Count; i++)
        {
            var cluster = platform.Clusters[i];
            _settings[$"Clusters:{i}:Alias"] = cluster.Alias;
            _settings[$"Clusters:{i}:BootstrapServers"] = cluster.BootstrapServers;
            if (cluster.SchemaRegistryUrl is { } registry)
            {
                _settings[$"Clusters:{i}:SchemaRegistry:Url"] = registry;
            }

            if (cluster.ConnectUrl is { } connect)
            {
                _settings[$"Clusters:{i}:Connect:Url"] = connect;
            }
        }
    }

    public string Folder => _folder;

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Start the collector first.");

    /// <summary>Overrides a setting (before <see cref="StartAsync"/>).</summary>
    public CollectorRunner With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public async Task StartAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.AddCollectorServices();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public Task<ScanSummary> ScanAsync() => Services.GetRequiredService<CollectorPipeline>().RunOnceAsync(progress: null, CancellationToken.None);

    public DeliveryStatus Delivery => Services.GetRequiredService<OutboxDeliveryService>().Status;

    /// <summary>Waits until the outbox is empty and the delivery service idle.</summary>
    public async Task WaitUntilDeliveredAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (Delivery is not { State: DeliveryState.Idle, PendingCount: 0 })
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Events still undelivered: {Delivery}");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsFolder)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
