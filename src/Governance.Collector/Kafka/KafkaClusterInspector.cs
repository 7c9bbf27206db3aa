using Confluent.Kafka;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.Kafka;

/// <summary>
/// Reads one Kafka cluster into a <see cref="ClusterSnapshot"/> (without Schema Registry and Connect):
/// cluster id and brokers, topics with partitions, configs and watermarks, consumer groups with members
/// and committed offsets, ACLs, and a few sampled records per topic. Holds the cluster's one long-lived
/// admin client (created on first use, disposed with the inspector). Every call is batched where
/// librdkafka allows it; every partial failure keeps what was read and records a <see cref="ScanProblem"/>.
/// Thread-safe; scans of the same cluster may overlap.
/// </summary>
public sealed partial class KafkaClusterInspector : IDisposable
{
    private readonly KafkaInspectionOptions _options;
    private readonly ILogger _logger;
    private readonly Func<IKafkaAdminOperations> _adminFactory;
    private readonly Func<SamplingOptions, IConsumer<byte[], byte[]>> _consumerFactory;
    private readonly Lock _sync = new();
    private IKafkaAdminOperations? _admin;
    private bool _disposed;

    /// <summary>Creates the inspector of a cluster. The configuration is checked at once; no connection is made yet.</summary>
    /// <exception cref="KafkaConfigurationException">The cluster or inspection options are not usable.</exception>
    public KafkaClusterInspector(KafkaClusterOptions cluster, KafkaInspectionOptions options, ILogger<KafkaClusterInspector> logger)
        : this(cluster, options, logger, null, null)
    {
    }

    internal KafkaClusterInspector(
        KafkaClusterOptions cluster,
        KafkaInspectionOptions options,
        ILogger logger,
        Func<IKafkaAdminOperations>? adminFactory,
        Func<SamplingOptions, IConsumer<byte[], byte[]>>? consumerFactory)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var errors = cluster.Validate().Concat(options.Validate()).ToList();
        if (errors.Count > 0)
        {
            throw new KafkaConfigurationException(cluster.Alias ?? "", errors);
        }

        Cluster = cluster;
        _options = options;
        _logger = logger;
        _adminFactory = adminFactory ?? (() => new KafkaAdminOperations(KafkaClientFactory.BuildAdmin(cluster, options, logger)));
        _consumerFactory = consumerFactory ?? (sampling => KafkaClientFactory.BuildSamplingConsumer(cluster, options, sampling, logger));
        Calls = new KafkaCalls(cluster.Alias, options, logger);
    }

    /// <summary>The cluster's configuration (its <c>ToString</c> redacts secrets).</summary>
    public KafkaClusterOptions Cluster { get; }

    /// <summary>The cluster alias.</summary>
    public string Alias => Cluster.Alias;

    /// <summary>Admin calls made so far by this inspector, per operation (e.g. <c>DescribeConfigs</c> → 20).</summary>
    public IReadOnlyDictionary<string, int> CallCounts => Calls.Calls;

    internal KafkaCalls Calls { get; }

    private IKafkaAdminOperations Admin
    {
        get
        {
            lock (_sync)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return _admin ??= _adminFactory();
            }
        }
    }

    /// <summary>Reads the cluster. Never throws for cluster failures (they are in the snapshot's completeness); only for cancellation.</summary>
    public Task<ClusterSnapshot> InspectAsync(SamplingOptions sampling, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default) =>
        InspectAsync(new ScanContext(Alias, _logger, progress), sampling, cancellationToken);

    internal async Task<ClusterSnapshot> InspectAsync(ScanContext context, SamplingOptions sampling, CancellationToken cancellationToken)
    {
        var scannedAt = context.Time.GetUtcNow();
        IKafkaAdminOperations admin;
        try
        {
            admin = Admin;
        }
        catch (KafkaConfigurationException ex)
        {
            foreach (var area in KafkaAreas)
            {
                context.Problem(area, $"not read: {ex.Message}", area == ScanArea.Metadata ? ex : null);
            }

            return new ClusterSnapshot
            {
                Identity = new ClusterIdentity(Alias, null, Cluster.BootstrapServerList),
                ScannedAt = scannedAt,
                Completeness = context.Completeness,
            };
        }

        var topicsTask = InspectTopicsAsync(context, admin, sampling, cancellationToken);
        var groupsTask = context.RunPhaseAsync<IReadOnlyList<ConsumerGroupInfo>>(
            ScanArea.ConsumerGroups, () => ReadGroupsAsync(context, admin, cancellationToken), g => g.Count, [], cancellationToken);
        var aclsTask = context.RunPhaseAsync(
            ScanArea.Acls, () => ReadAclsAsync(context, admin, cancellationToken), a => a?.Count ?? 0, null, cancellationToken);
        await Task.WhenAll(topicsTask, groupsTask, aclsTask).ConfigureAwait(false);

        var topics = await topicsTask.ConfigureAwait(false);
        var bootstrap = Cluster.BootstrapServerList
            .Concat(topics.Brokers.Select(b => $"{b.Host}:{b.Port}"))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ClusterSnapshot
        {
            Identity = new ClusterIdentity(Alias, topics.ClusterId, bootstrap),
            ScannedAt = scannedAt,
            Brokers = topics.Brokers,
            Topics = topics.Topics,
            Groups = await groupsTask.ConfigureAwait(false),
            Acls = await aclsTask.ConfigureAwait(false),
            Completeness = context.Completeness,
        };
    }

    private static readonly ScanArea[] KafkaAreas =
        [ScanArea.Metadata, ScanArea.TopicConfigs, ScanArea.Offsets, ScanArea.ConsumerGroups, ScanArea.Acls, ScanArea.Sampling];

    /// <summary>Disposes the admin client (waits briefly for calls in flight).</summary>
    public void Dispose()
    {
        IKafkaAdminOperations? admin;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            admin = _admin;
            _admin = null;
        }

        admin?.Dispose();
    }
}
