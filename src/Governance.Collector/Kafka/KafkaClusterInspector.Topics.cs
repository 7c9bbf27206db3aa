using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.Kafka;

public sealed partial class KafkaClusterInspector
{
    private sealed record TopicsPart(string? ClusterId, IReadOnlyList<BrokerInfo> Brokers, IReadOnlyList<TopicInfo> Topics, bool TopicsKnown)
    {
        public static readonly TopicsPart Unknown = new(null, [], [], false);
    }

    /// <summary>Metadata, then configs and watermarks (in parallel), then samples.</summary>
    private async Task<TopicsPart> InspectTopicsAsync(ScanContext context, IKafkaAdminOperations admin, SamplingOptions sampling, CancellationToken cancellationToken)
    {
        var part = await context.RunPhaseAsync(
            ScanArea.Metadata, () => ReadMetadataAsync(context, admin, cancellationToken), p => p.Topics.Count, TopicsPart.Unknown, cancellationToken)
            .ConfigureAwait(false);
        if (!part.TopicsKnown)
        {
            // Absence must not read as deletion: every topic-level area is marked as not seen.
            context.Problem(ScanArea.TopicConfigs, "not read: the topic list is unavailable");
            context.Problem(ScanArea.Offsets, "not read: the topic list is unavailable");
            if (sampling.IsActive)
            {
                context.Problem(ScanArea.Sampling, "not read: the topic list is unavailable");
            }

            return part;
        }

        var configsTask = context.RunPhaseAsync<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(
            ScanArea.TopicConfigs, () => ReadConfigsAsync(context, admin, part.Topics, cancellationToken), c => c.Count,
            new Dictionary<string, IReadOnlyDictionary<string, string>>(), cancellationToken);
        var offsetsTask = context.RunPhaseAsync<IReadOnlyDictionary<(string, int), (long? Low, long? High)>>(
            ScanArea.Offsets, () => ReadWatermarksAsync(context, admin, part.Topics, cancellationToken), o => o.Count,
            new Dictionary<(string, int), (long? Low, long? High)>(), cancellationToken);
        await Task.WhenAll(configsTask, offsetsTask).ConfigureAwait(false);

        var configs = await configsTask.ConfigureAwait(false);
        var watermarks = await offsetsTask.ConfigureAwait(false);
        var topics = part.Topics
            .Select(t => t with
            {
                Configs = configs.GetValueOrDefault(t.Name),
                Partitions = t.Partitions
                    .Select(p => watermarks.TryGetValue((t.Name, p.Id), out var w) ? p with { LowWatermark = w.Low, HighWatermark = w.High } : p)
                    .ToList(),
            })
            .ToList();

        if (!sampling.IsActive)
        {
            context.Skip(ScanArea.Sampling, "sampling is off (disabled, or a limit is 0)");
        }
        else
        {
            var samples = await context.RunPhaseAsync<IReadOnlyDictionary<string, List<SampledRecord>>>(
                ScanArea.Sampling, () => SampleAsync(context, topics, sampling, cancellationToken), s => s.Values.Sum(l => l.Count),
                new Dictionary<string, List<SampledRecord>>(), cancellationToken).ConfigureAwait(false);
            topics = topics.Select(t => samples.TryGetValue(t.Name, out var records) ? t with { Samples = records } : t).ToList();
        }

        return part with { Topics = topics };
    }

    private async Task<TopicsPart> ReadMetadataAsync(ScanContext context, IKafkaAdminOperations admin, CancellationToken cancellationToken)
    {
        string? clusterId = null;
        IReadOnlyList<BrokerInfo> brokers = [];
        try
        {
            var cluster = await Calls.CallAsync("DescribeCluster", () => admin.DescribeClusterAsync(_options.RequestTimeout), cancellationToken).ConfigureAwait(false);
            clusterId = cluster.ClusterId;
            brokers = (cluster.Nodes ?? []).Select(KafkaModelMapper.ToBroker).OrderBy(b => b.Id).ToList();
        }
        catch (KafkaException ex)
        {
            context.Problem(ScanArea.Metadata, $"DescribeCluster failed, cluster id unknown: {ex.Error.Code}: {ex.Error.Reason}", ex);
        }

        Metadata metadata;
        try
        {
            metadata = await Calls.CallAsync(
                "Metadata",
                () => Task.Run(() => admin.GetMetadata(_options.MetadataTimeout), cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }
        catch (KafkaException ex)
        {
            context.Problem(ScanArea.Metadata, $"Metadata request failed, topics unknown: {ex.Error.Code}: {ex.Error.Reason}", ex);
            return new TopicsPart(clusterId, brokers, [], false);
        }

        if (brokers.Count == 0)
        {
            brokers = metadata.Brokers.Select(KafkaModelMapper.ToBroker).OrderBy(b => b.Id).ToList();
        }

        var listed = new Dictionary<string, TopicMetadata>(StringComparer.Ordinal);
        var unreadable = new List<(string, Error)>();
        foreach (var topic in metadata.Topics)
        {
            if (topic.Error is { IsError: true } error && error.Code != ErrorCode.LeaderNotAvailable)
            {
                if (error.Code != ErrorCode.UnknownTopicOrPart)
                {
                    unreadable.Add((topic.Topic, error));
                }

                continue;
            }

            listed[topic.Topic] = topic;
        }

        if (unreadable.Count > 0)
        {
            context.Problem(ScanArea.Metadata, KafkaCalls.Summarize("Metadata", "topics", metadata.Topics.Count, unreadable));
        }

        // DescribeTopics (a Metadata request per chunk) adds what the plain metadata lacks: the brokers' internal flag.
        var described = await Calls.BatchAsync<string, TopicInfo>(
            "DescribeTopics", [.. listed.Keys], _options.DescribeTopicsBatchSize, _options.MaxConcurrentBatches,
            async chunk =>
            {
                try
                {
                    var result = await admin.DescribeTopicsAsync(chunk, _options.RequestTimeout).ConfigureAwait(false);
                    return MapDescriptions(result.TopicDescriptions);
                }
                catch (DescribeTopicsException ex)
                {
                    return MapDescriptions(ex.Results.TopicDescriptions);
                }
            },
            cancellationToken).ConfigureAwait(false);

        var topics = new List<TopicInfo>(listed.Count);
        var fallbacks = new List<(string, Error)>();
        foreach (var name in listed.Keys)
        {
            if (described.Succeeded.TryGetValue(name, out var info))
            {
                topics.Add(info);
            }
        }

        foreach (var (name, error) in described.Failed)
        {
            if (error.Code == ErrorCode.UnknownTopicOrPart)
            {
                CollectorLog.Note(context.Logger, context.Cluster, $"topic {name} disappeared during the scan (deleted)");
                continue;
            }

            fallbacks.Add((name, error));
            topics.Add(KafkaModelMapper.ToTopic(listed[name]));
        }

        if (fallbacks.Count > 0)
        {
            context.Problem(ScanArea.Metadata, KafkaCalls.Summarize("DescribeTopics (internal flag guessed from the name)", "topics", listed.Count, fallbacks));
        }

        topics.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new TopicsPart(clusterId, brokers, topics, true);

        static IReadOnlyList<ItemOutcome<string, TopicInfo>> MapDescriptions(IEnumerable<TopicDescription>? descriptions) =>
            (descriptions ?? [])
                .Select(d => d.Error is { IsError: true } error
                    ? ItemOutcome<string, TopicInfo>.Fail(d.Name, error)
                    : ItemOutcome<string, TopicInfo>.Ok(d.Name, KafkaModelMapper.ToTopic(d)))
                .ToList();
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> ReadConfigsAsync(
        ScanContext context, IKafkaAdminOperations admin, IReadOnlyList<TopicInfo> topics, CancellationToken cancellationToken)
    {
        var result = await Calls.BatchAsync<string, IReadOnlyDictionary<string, string>>(
            "DescribeConfigs", topics.Select(t => t.Name).ToList(), _options.DescribeConfigsBatchSize, _options.MaxConcurrentBatches,
            async chunk =>
            {
                try
                {
                    var configs = await admin.DescribeConfigsAsync(chunk, _options.RequestTimeout).ConfigureAwait(false);
                    return configs
                        .Select(c => ItemOutcome<string, IReadOnlyDictionary<string, string>>.Ok(c.ConfigResource.Name, KafkaModelMapper.ToConfigs(c.Entries?.Values)))
                        .ToList();
                }
                catch (DescribeConfigsException ex)
                {
                    return ex.Results
                        .Select(c => c.Error is { IsError: true } error
                            ? ItemOutcome<string, IReadOnlyDictionary<string, string>>.Fail(c.ConfigResource.Name, error)
                            : ItemOutcome<string, IReadOnlyDictionary<string, string>>.Ok(c.ConfigResource.Name, KafkaModelMapper.ToConfigs(c.Entries?.Values)))
                        .ToList();
                }
            },
            cancellationToken).ConfigureAwait(false);

        if (result.Failed.Count > 0)
        {
            context.Problem(ScanArea.TopicConfigs, KafkaCalls.Summarize("DescribeConfigs", "topics", topics.Count, result.Failed));
        }

        return result.Succeeded;
    }

    private async Task<IReadOnlyDictionary<(string, int), (long? Low, long? High)>> ReadWatermarksAsync(
        ScanContext context, IKafkaAdminOperations admin, IReadOnlyList<TopicInfo> topics, CancellationToken cancellationToken)
    {
        var partitions = topics.SelectMany(t => t.Partitions.Select(p => (t.Name, p.Id))).ToList();
        var lowTask = ListOffsetsAsync("ListOffsets(earliest)", OffsetSpec.Earliest());
        var highTask = ListOffsetsAsync("ListOffsets(latest)", OffsetSpec.Latest());
        await Task.WhenAll(lowTask, highTask).ConfigureAwait(false);
        var low = await lowTask.ConfigureAwait(false);
        var high = await highTask.ConfigureAwait(false);

        var watermarks = new Dictionary<(string, int), (long? Low, long? High)>(partitions.Count);
        foreach (var partition in partitions)
        {
            long? l = low.TryGetValue(partition, out var lv) ? lv : null;
            long? h = high.TryGetValue(partition, out var hv) ? hv : null;
            if (l is not null || h is not null)
            {
                watermarks[partition] = (l, h);
            }
        }

        return watermarks;

        async Task<IReadOnlyDictionary<(string, int), long>> ListOffsetsAsync(string operation, OffsetSpec spec)
        {
            var result = await Calls.BatchAsync<(string Topic, int Partition), long>(
                operation, partitions, _options.ListOffsetsBatchSize, _options.MaxConcurrentBatches,
                async chunk =>
                {
                    var request = chunk.Select(p => new TopicPartition(p.Topic, p.Partition)).ToList();
                    try
                    {
                        var offsets = await admin.ListOffsetsAsync(request, spec, _options.RequestTimeout).ConfigureAwait(false);
                        return MapOffsets(offsets.ResultInfos);
                    }
                    catch (ListOffsetsException ex) when (ex.Result?.ResultInfos is { Count: > 0 })
                    {
                        return MapOffsets(ex.Result.ResultInfos);
                    }
                },
                cancellationToken).ConfigureAwait(false);
            if (result.Failed.Count > 0)
            {
                context.Problem(ScanArea.Offsets, KafkaCalls.Summarize(operation, "partitions", partitions.Count, result.Failed.Select(f => ($"{f.Item.Topic}[{f.Item.Partition}]", f.Error))));
            }

            return result.Succeeded;
        }

        // A watermark is never negative: librdkafka can report success with offset -1001 (INVALID) when the
        // request to the leader was lost (seen with connections dropped mid-call); that is retried like an error.
        static IReadOnlyList<ItemOutcome<(string, int), long>> MapOffsets(IEnumerable<ListOffsetsResultInfo> infos) =>
            infos
                .Select(i => i.TopicPartitionOffsetError)
                .Select(p => p.Error is { IsError: true } error
                    ? ItemOutcome<(string, int), long>.Fail((p.Topic, p.Partition.Value), error)
                    : p.Offset.Value < 0
                        ? ItemOutcome<(string, int), long>.Fail((p.Topic, p.Partition.Value), new Error(ErrorCode.OffsetNotAvailable, $"no offset in the answer ({p.Offset.Value})"))
                        : ItemOutcome<(string, int), long>.Ok((p.Topic, p.Partition.Value), p.Offset.Value))
                .ToList();
    }

    private async Task<IReadOnlyDictionary<string, List<SampledRecord>>> SampleAsync(
        ScanContext context, IReadOnlyList<TopicInfo> topics, SamplingOptions sampling, CancellationToken cancellationToken)
    {
        var (targets, leftOut) = SamplingPlan.Plan(topics, sampling);
        if (leftOut > 0)
        {
            CollectorLog.Note(context.Logger, context.Cluster, $"sampling budget of {sampling.Budget} records reached: {leftOut} partitions not sampled");
        }

        if (targets.Count == 0)
        {
            return new Dictionary<string, List<SampledRecord>>();
        }

        var sampler = new RecordSampler(() => _consumerFactory(sampling), sampling, context);
        // librdkafka's consumer blocks: give it a thread of its own rather than a pool thread.
        return await Task.Factory.StartNew(
            () => sampler.Sample(targets, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ConfigureAwait(false);
    }
}
