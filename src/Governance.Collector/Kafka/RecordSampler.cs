using System.Diagnostics;
using Confluent.Kafka;
using Governance.Collector.Scanning;
using Governance.Model.Platform;

namespace Governance.Collector.Kafka;

/// <summary>A partition to sample: read from <see cref="StartOffset"/> up to (not including) <see cref="EndOffset"/>, the high watermark seen.</summary>
internal sealed record SamplingTarget(string Topic, int Partition, long StartOffset, long EndOffset)
{
    /// <summary>Records expected (fewer when offsets are missing, e.g. after compaction).</summary>
    public long Expected => EndOffset - StartOffset;
}

/// <summary>Which partitions to sample, from the topics with their watermarks.</summary>
internal static class SamplingPlan
{
    /// <summary>
    /// For every topic (internal ones only when configured), its first <see cref="SamplingOptions.MaxPartitionsPerTopic"/>
    /// non-empty partitions with known watermarks, reading the last <see cref="SamplingOptions.RecordsPerPartition"/>
    /// records. Ordered breadth first (every topic's first partition, then every topic's second...), so that when
    /// the <see cref="SamplingOptions.Budget"/> runs out it is extra partitions, not whole topics, that go unsampled.
    /// </summary>
    public static (IReadOnlyList<SamplingTarget> Targets, int LeftOut) Plan(IEnumerable<TopicInfo> topics, SamplingOptions options)
    {
        var perTopic = topics
            .Where(t => options.IncludeInternalTopics || !t.IsInternal)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => t.Partitions
                .Where(p => p is { LowWatermark: not null, HighWatermark: not null } && p.HighWatermark > p.LowWatermark)
                .OrderBy(p => p.Id)
                .Take(options.MaxPartitionsPerTopic)
                .Select(p => new SamplingTarget(t.Name, p.Id, Math.Max(p.LowWatermark!.Value, p.HighWatermark!.Value - options.RecordsPerPartition), p.HighWatermark.Value))
                .ToList())
            .ToList();

        var targets = new List<SamplingTarget>();
        var leftOut = 0;
        long budget = options.Budget;
        for (var round = 0; round < options.MaxPartitionsPerTopic; round++)
        {
            foreach (var partitions in perTopic)
            {
                if (round >= partitions.Count)
                {
                    continue;
                }

                var target = partitions[round];
                if (target.Expected <= budget)
                {
                    targets.Add(target);
                    budget -= target.Expected;
                }
                else
                {
                    leftOut++;
                }
            }
        }

        return (targets, leftOut);
    }
}

/// <summary>
/// Reads the planned records with one consumer that never joins its group and never commits
/// (<c>Assign</c> with explicit offsets, auto-commit off). Partitions are assigned in chunks; a
/// partition is done after N records, at its end offset, or at end-of-partition. The whole run is
/// bounded by <see cref="SamplingOptions.Timeout"/>, and a chunk that shows no progress for
/// <see cref="SamplingOptions.IdleTimeout"/> is given up (a problem names its partitions).
/// </summary>
internal sealed class RecordSampler(Func<IConsumer<byte[], byte[]>> consumerFactory, SamplingOptions options, ScanContext context)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private sealed class PartitionState(SamplingTarget target)
    {
        public SamplingTarget Target { get; } = target;

        public int Read { get; set; }
    }

    /// <summary>Samples the targets; blocking (run it on its own thread). Returns the records per topic.</summary>
    public Dictionary<string, List<SampledRecord>> Sample(IReadOnlyList<SamplingTarget> targets, CancellationToken cancellationToken)
    {
        var samples = new Dictionary<string, List<SampledRecord>>(StringComparer.Ordinal);
        if (targets.Count == 0)
        {
            return samples;
        }

        var clock = Stopwatch.StartNew();
        using var consumer = consumerFactory();
        var done = 0;
        foreach (var chunk in targets.Chunk(options.MaxAssignedPartitions))
        {
            if (clock.Elapsed >= options.Timeout)
            {
                context.Problem(ScanArea.Sampling, $"sampling stopped after {options.Timeout}: {targets.Count - done} of {targets.Count} partitions not sampled");
                break;
            }

            SampleChunk(consumer, chunk, samples, clock, cancellationToken);
            done += chunk.Length;
        }

        foreach (var list in samples.Values)
        {
            list.Sort((a, b) => a.Partition != b.Partition ? a.Partition.CompareTo(b.Partition) : a.Offset.CompareTo(b.Offset));
        }

        return samples;
    }

    private void SampleChunk(IConsumer<byte[], byte[]> consumer, SamplingTarget[] chunk, Dictionary<string, List<SampledRecord>> samples, Stopwatch clock, CancellationToken cancellationToken)
    {
        var remaining = chunk.ToDictionary(t => new TopicPartition(t.Topic, t.Partition), t => new PartitionState(t));
        consumer.Assign(chunk.Select(t => new TopicPartitionOffset(t.Topic, t.Partition, t.StartOffset)));
        var lastProgress = clock.Elapsed;
        try
        {
            while (remaining.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed >= options.Timeout)
                {
                    context.Problem(ScanArea.Sampling, $"sampling stopped after {options.Timeout}: {Names(remaining.Keys)} not finished");
                    return;
                }

                if (clock.Elapsed - lastProgress >= options.IdleTimeout)
                {
                    context.Problem(ScanArea.Sampling, $"no data for {options.IdleTimeout}: gave up sampling {Names(remaining.Keys)}");
                    return;
                }

                ConsumeResult<byte[], byte[]>? result;
                try
                {
                    result = consumer.Consume(PollInterval);
                }
                catch (ConsumeException ex)
                {
                    lastProgress = clock.Elapsed;
                    var failed = ex.ConsumerRecord?.TopicPartition;
                    if (failed is not null && remaining.Remove(failed))
                    {
                        consumer.Pause([failed]);
                        context.Problem(ScanArea.Sampling, $"cannot sample {failed.Topic}[{failed.Partition.Value}]: {ex.Error.Code}: {ex.Error.Reason}", ex);
                    }
                    else
                    {
                        context.Problem(ScanArea.Sampling, $"consumer error while sampling: {ex.Error.Code}: {ex.Error.Reason}", ex);
                        if (ex.Error.IsFatal)
                        {
                            return;
                        }
                    }

                    continue;
                }

                if (result is null)
                {
                    continue;
                }

                lastProgress = clock.Elapsed;
                var partition = result.TopicPartition;
                if (!remaining.TryGetValue(partition, out var state))
                {
                    continue;
                }

                var finished = result.IsPartitionEOF;
                if (!finished)
                {
                    if (!samples.TryGetValue(partition.Topic, out var list))
                    {
                        samples[partition.Topic] = list = [];
                    }

                    list.Add(KafkaModelMapper.ToSample(result, options.MaxHeaderValueLength));
                    state.Read++;
                    finished = state.Read >= options.RecordsPerPartition || result.Offset.Value >= state.Target.EndOffset - 1;
                }

                if (finished)
                {
                    remaining.Remove(partition);
                    consumer.Pause([partition]);
                }
            }
        }
        finally
        {
            consumer.Unassign();
        }
    }

    private static string Names(IEnumerable<TopicPartition> partitions)
    {
        var names = partitions.Select(p => $"{p.Topic}[{p.Partition.Value}]").Order(StringComparer.Ordinal).ToList();
        return $"{names.Count} partitions ({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", …" : "")})";
    }
}
