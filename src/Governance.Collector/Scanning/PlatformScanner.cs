using System.Diagnostics;
using Governance.Collector.Connect;
using Governance.Collector.Kafka;
using Governance.Collector.SchemaRegistry;
using Governance.Model.Platform;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Scanning;

/// <summary>A cluster's snapshot with the time the scan took, in all and per phase.</summary>
/// <param name="Snapshot">What was read; its completeness says what was not.</param>
/// <param name="Elapsed">Wall-clock time of the cluster's scan.</param>
/// <param name="PhaseTimings">Time per phase (phases run partly in parallel, so they may add up to more than <paramref name="Elapsed"/>).</param>
public sealed record ClusterScanResult(ClusterSnapshot Snapshot, TimeSpan Elapsed, IReadOnlyDictionary<ScanArea, TimeSpan> PhaseTimings);

/// <summary>
/// Scans every configured cluster (at most <see cref="PlatformInspectionOptions.MaxParallelClusters"/> at
/// once): Kafka through the cluster's long-lived <see cref="KafkaClusterInspector"/>, and in parallel its
/// Schema Registry and Kafka Connect. Never throws for a failing cluster or service (see each snapshot's
/// <see cref="ClusterSnapshot.Completeness"/>); only for cancellation.
/// </summary>
public sealed class PlatformScanner
{
    private readonly PlatformScanOptions _options;
    private readonly KafkaClusterInspectors _inspectors;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the scanner (a DI singleton; see <see cref="PlatformInspectionServiceCollectionExtensions.AddPlatformInspection"/>).</summary>
    public PlatformScanner(
        IOptions<PlatformScanOptions> options,
        KafkaClusterInspectors inspectors,
        IHttpClientFactory httpClientFactory,
        ILoggerFactory loggerFactory,
        TimeProvider? time = null)
    {
        _options = options.Value;
        _inspectors = inspectors;
        _httpClientFactory = httpClientFactory;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<PlatformScanner>();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Configured cluster aliases, in scan order.</summary>
    public IReadOnlyList<string> Clusters => _options.Clusters.Select(c => c.Alias).ToList();

    /// <summary>Scans every configured cluster; one snapshot per cluster, in configuration order.</summary>
    public async Task<IReadOnlyList<ClusterSnapshot>> ScanAsync(CancellationToken cancellationToken = default, IProgress<ScanProgress>? progress = null) =>
        (await ScanWithTimingsAsync(cancellationToken, progress).ConfigureAwait(false)).Select(r => r.Snapshot).ToList();

    /// <summary>As <see cref="ScanAsync"/>, with the time each cluster and phase took.</summary>
    public async Task<IReadOnlyList<ClusterScanResult>> ScanWithTimingsAsync(CancellationToken cancellationToken = default, IProgress<ScanProgress>? progress = null)
    {
        var clusters = _options.Clusters;
        var results = new ClusterScanResult[clusters.Count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, clusters.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Scan.MaxParallelClusters, CancellationToken = cancellationToken },
            async (index, ct) => results[index] = await ScanClusterAsync(clusters[index], progress, ct).ConfigureAwait(false))
            .ConfigureAwait(false);
        CollectorLog.ScanFinished(_logger, results.Length, clock.Elapsed.TotalMilliseconds, results.Count(r => !r.Snapshot.Completeness.IsComplete));
        return results;
    }

    /// <summary>Scans one configured cluster.</summary>
    /// <exception cref="KeyNotFoundException">No cluster with that alias is configured.</exception>
    public Task<ClusterScanResult> ScanClusterAsync(string alias, CancellationToken cancellationToken = default, IProgress<ScanProgress>? progress = null)
    {
        var cluster = _options.Clusters.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"No cluster with alias '{alias}' is configured.");
        return ScanClusterAsync(cluster, progress, cancellationToken);
    }

    private async Task<ClusterScanResult> ScanClusterAsync(CollectorClusterOptions cluster, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        var context = new ScanContext(cluster.Alias, _logger, progress, _time);
        var clock = Stopwatch.StartNew();
        var scannedAt = _time.GetUtcNow();
        context.Report(new ScanProgress(cluster.Alias, null, ScanPhaseState.Started, TimeSpan.Zero));
        ClusterSnapshot snapshot;
        try
        {
            var kafkaTask = _inspectors.Get(cluster.Alias).InspectAsync(context, _options.Sampling, cancellationToken);
            var registryTask = ReadSchemaRegistryAsync(context, cluster, cancellationToken);
            var connectTask = ReadConnectAsync(context, cluster, cancellationToken);
            await Task.WhenAll(kafkaTask, registryTask, connectTask).ConfigureAwait(false);
            snapshot = (await kafkaTask.ConfigureAwait(false)) with
            {
                SchemaRegistry = await registryTask.ConfigureAwait(false),
                Connect = await connectTask.ConfigureAwait(false),
                Completeness = context.Completeness,
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Not expected (each phase turns its own failures into problems): nothing of this scan can be trusted.
            foreach (var area in Enum.GetValues<ScanArea>())
            {
                context.Problem(area, $"scan of the cluster failed: {ScanContext.Describe(ex)}", area == ScanArea.Metadata ? ex : null);
            }

            snapshot = new ClusterSnapshot
            {
                Identity = new ClusterIdentity(cluster.Alias, null, cluster.ToKafkaOptions().BootstrapServerList),
                ScannedAt = scannedAt,
                Completeness = context.Completeness,
            };
        }

        clock.Stop();
        var timings = new Dictionary<ScanArea, TimeSpan>(context.Timings);
        CollectorLog.ClusterScanned(
            _logger, cluster.Alias, clock.Elapsed.TotalMilliseconds, snapshot.Topics.Count, snapshot.Groups.Count, snapshot.Completeness.Problems.Count,
            string.Join(", ", timings.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value.TotalMilliseconds:F0} ms")));
        context.Report(new ScanProgress(
            cluster.Alias, null, snapshot.Completeness.IsComplete ? ScanPhaseState.Completed : ScanPhaseState.Failed, clock.Elapsed, snapshot.Topics.Count));
        return new ClusterScanResult(snapshot, clock.Elapsed, timings);
    }

    private async Task<SchemaRegistrySnapshot?> ReadSchemaRegistryAsync(ScanContext context, CollectorClusterOptions cluster, CancellationToken cancellationToken)
    {
        if (cluster.SchemaRegistry is not { } endpoint)
        {
            context.Skip(ScanArea.SchemaRegistry, "no Schema Registry configured");
            return null;
        }

        return await context.RunPhaseAsync(
            ScanArea.SchemaRegistry,
            () =>
            {
                var client = new SchemaRegistryClient(
                    _httpClientFactory.CreateClient(PlatformInspectionServiceCollectionExtensions.SchemaRegistryHttpClient),
                    endpoint, _options.Scan.SchemaRegistry, _loggerFactory.CreateLogger<SchemaRegistryClient>(), cluster.Alias);
                return new SchemaRegistryReader(client).ReadAsync(context, cancellationToken);
            },
            s => s?.Subjects.Count ?? 0,
            null,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConnectSnapshot?> ReadConnectAsync(ScanContext context, CollectorClusterOptions cluster, CancellationToken cancellationToken)
    {
        if (cluster.Connect is not { } endpoint)
        {
            context.Skip(ScanArea.Connect, "no Kafka Connect configured");
            return null;
        }

        return await context.RunPhaseAsync(
            ScanArea.Connect,
            () =>
            {
                var client = new ConnectClient(
                    _httpClientFactory.CreateClient(PlatformInspectionServiceCollectionExtensions.ConnectHttpClient),
                    endpoint, _options.Scan.Connect, _loggerFactory.CreateLogger<ConnectClient>(), cluster.Alias);
                return new ConnectReader(client).ReadAsync(context, cancellationToken);
            },
            c => c?.Connectors.Count ?? 0,
            null,
            cancellationToken).ConfigureAwait(false);
    }
}
