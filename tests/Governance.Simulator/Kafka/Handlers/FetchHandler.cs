using System.Diagnostics;
using Governance.Simulator.Kafka.Cluster;
using Governance.Simulator.Kafka.Protocol;
using Governance.Simulator.Kafka.Records;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>
/// Fetch (1) v4–17: serves the scenario's sample records as record batches v2 (v4 is the first
/// version whose responses carry magic-2 batches; older ones would need message-set down-conversion).
/// The log reads like a compacted one: batches span the offsets between samples, so consumers reach
/// the high watermark even though most offsets have no record (see <see cref="WriteRecords"/>).
/// Sessionless only (KIP-227 session id 0): a client asking for a new session gets id 0, which means
/// "no session, keep sending full fetches". Like a broker, a fetch that finds less than MinBytes waits
/// up to MaxWaitMs, and wakes early when the platform changes (e.g. a test grows a log); answering
/// empty fetches at once would make consumers spin. Only the partition leader serves a partition;
/// others answer NOT_LEADER_OR_FOLLOWER with the current leader (KIP-951, v12+/v16+).
/// </summary>
internal sealed class FetchHandler : IApiHandler
{
    /// <summary>Upper bound on a long poll, whatever the client asks, so a stuck test cannot hang on it.</summary>
    private const int MaxWaitCapMs = 30_000;

    private const uint CurrentLeaderTag = 1;

    public ApiKey Key => ApiKey.Fetch;

    public short MinVersion => 4;

    public short MaxVersion => 17;

    private sealed record FetchPartition(int Partition, int CurrentLeaderEpoch, long FetchOffset, int MaxBytes);

    private sealed record FetchTopic(string? Name, Guid Id, List<FetchPartition> Partitions);

    private sealed record FetchRequest(int MaxWaitMs, int MinBytes, int MaxBytes, int SessionId, int SessionEpoch, List<FetchTopic> Topics);

    public async ValueTask HandleAsync(RequestContext context, ReadOnlyMemory<byte> body, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.ApiVersion;
        var request = Parse(body.Span, response.Flexible, version);
        var start = response.Position;
        var waitMs = Math.Clamp(request.MaxWaitMs, 0, MaxWaitCapMs);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // Take the change signal before reading, so a change between the read and the wait is not missed.
            var changed = context.Cluster.NextChange;
            var (recordBytes, answerNow) = context.Cluster.Read(index => Write(context, index, request, response, version));
            var remaining = waitMs - (int)clock.ElapsedMilliseconds;
            if (answerNow || recordBytes >= request.MinBytes || remaining <= 0)
            {
                return;
            }

            response.Truncate(start);
            using (var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                // Cancel the timer when the change wins, so frequent changes do not pile up timers.
                await Task.WhenAny(changed, Task.Delay(remaining, delay.Token)).ConfigureAwait(false);
                await delay.CancelAsync().ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static FetchRequest Parse(ReadOnlySpan<byte> body, bool flexible, short version)
    {
        var request = new KafkaReader(body, flexible);
        if (version <= 14)
        {
            request.ReadInt32(); // ReplicaId: -1 for consumers (v15+ moved it into a tagged ReplicaState)
        }

        var maxWaitMs = request.ReadInt32();
        var minBytes = request.ReadInt32();
        var maxBytes = version >= 3 ? request.ReadInt32() : int.MaxValue;
        request.ReadInt8(); // IsolationLevel: no transactions, READ_COMMITTED sees the same records
        var sessionId = version >= 7 ? request.ReadInt32() : 0;
        var sessionEpoch = version >= 7 ? request.ReadInt32() : -1;

        var topicCount = request.ReadArrayLength();
        var topics = new List<FetchTopic>(Math.Max(topicCount, 0));
        for (var t = 0; t < topicCount; t++)
        {
            string? name = null;
            var id = Guid.Empty;
            if (version >= 13)
            {
                id = request.ReadUuid();
            }
            else
            {
                name = request.ReadString();
            }

            var partitionCount = request.ReadArrayLength();
            var partitions = new List<FetchPartition>(Math.Max(partitionCount, 0));
            for (var p = 0; p < partitionCount; p++)
            {
                var partition = request.ReadInt32();
                var currentLeaderEpoch = version >= 9 ? request.ReadInt32() : -1;
                var fetchOffset = request.ReadInt64();
                if (version >= 12)
                {
                    request.ReadInt32(); // LastFetchedEpoch: only followers use it
                }

                if (version >= 5)
                {
                    request.ReadInt64(); // LogStartOffset: only followers send one
                }

                var partitionMaxBytes = request.ReadInt32();
                request.SkipTaggedFields();
                partitions.Add(new FetchPartition(partition, currentLeaderEpoch, fetchOffset, partitionMaxBytes));
            }

            request.SkipTaggedFields();
            topics.Add(new FetchTopic(name, id, partitions));
        }

        if (version >= 7)
        {
            // ForgottenTopicsData only matters to incremental sessions, which we never create.
            var forgotten = request.ReadArrayLength();
            for (var i = 0; i < forgotten; i++)
            {
                if (version >= 13)
                {
                    request.ReadUuid();
                }
                else
                {
                    request.ReadString();
                }

                request.ReadInt32Array();
                request.SkipTaggedFields();
            }
        }

        if (version >= 11)
        {
            request.ReadString(); // RackId: there is a single replica to read from
        }

        request.SkipTaggedFields();
        return new FetchRequest(maxWaitMs, minBytes, maxBytes, sessionId, sessionEpoch, topics);
    }

    /// <summary>Writes the whole response; returns the record bytes served and whether it must be sent without waiting.</summary>
    private static (int RecordBytes, bool AnswerNow) Write(RequestContext context, ClusterIndex index, FetchRequest request, KafkaWriter response, short version)
    {
        response.WriteInt32(0); // ThrottleTimeMs (v1+)
        var sessionError = request.SessionId != 0 ? ErrorCode.FetchSessionIdNotFound
            : request.SessionEpoch > 0 ? ErrorCode.InvalidFetchSessionEpoch
            : ErrorCode.None;
        if (version >= 7)
        {
            response.WriteInt16(sessionError);
            response.WriteInt32(0); // SessionId: 0 = no session created
        }

        if (sessionError != ErrorCode.None)
        {
            response.WriteArrayLength(0);
            response.WriteEmptyTaggedFields();
            return (0, true);
        }

        var recordBytes = 0;
        var answerNow = false;
        var budget = request.MaxBytes;
        SortedSet<int>? redirectedTo = null;
        response.WriteArrayLength(request.Topics.Count);
        foreach (var fetchTopic in request.Topics)
        {
            var topic = version >= 13 ? index.Topic(fetchTopic.Id) : index.Topic(fetchTopic.Name!);
            if (version >= 13)
            {
                response.WriteUuid(fetchTopic.Id);
            }
            else
            {
                response.WriteString(fetchTopic.Name!);
            }

            response.WriteArrayLength(fetchTopic.Partitions.Count);
            foreach (var fetch in fetchTopic.Partitions)
            {
                var partition = topic is null ? null : ClusterIndex.Partition(topic, fetch.Partition);
                var error = topic is null && version >= 13 ? ErrorCode.UnknownTopicId
                    : partition is null ? ErrorCode.UnknownTopicOrPartition
                    : Leadership.CheckLeader(index, partition, context.NodeId);
                if (error == ErrorCode.None)
                {
                    error = Leadership.CheckEpoch(fetch.CurrentLeaderEpoch);
                }

                if (error == ErrorCode.None && (fetch.FetchOffset < partition!.LogStartOffset || fetch.FetchOffset > partition.LogEndOffset))
                {
                    error = ErrorCode.OffsetOutOfRange;
                }

                answerNow |= error != ErrorCode.None;
                response.WriteInt32(fetch.Partition);
                response.WriteInt16(error);
                var known = partition is not null && error is not (ErrorCode.NotLeaderOrFollower or ErrorCode.LeaderNotAvailable);
                response.WriteInt64(known ? partition!.LogEndOffset : -1); // HighWatermark
                response.WriteInt64(known ? partition!.LogEndOffset : -1); // LastStableOffset (v4+)
                if (version >= 5)
                {
                    response.WriteInt64(known ? partition!.LogStartOffset : -1);
                }

                response.WriteArrayLength(-1); // AbortedTransactions (v4+): none
                if (version >= 11)
                {
                    response.WriteInt32(-1); // PreferredReadReplica: read from the leader
                }

                var written = error == ErrorCode.None
                    ? WriteRecords(response, partition!, fetch, budget, firstData: recordBytes == 0)
                    : WriteNoRecords(response);
                recordBytes += written;
                budget -= written;

                var leader = partition is null ? -1 : Leadership.LeaderOf(index, partition);
                if (version >= 12 && error == ErrorCode.NotLeaderOrFollower && leader > 0)
                {
                    LeaderTags.WriteCurrentLeader(response, CurrentLeaderTag, leader);
                    (redirectedTo ??= []).Add(leader);
                }
                else
                {
                    response.WriteEmptyTaggedFields();
                }
            }

            response.WriteEmptyTaggedFields();
        }

        if (version >= 16 && redirectedTo is not null)
        {
            LeaderTags.WriteNodeEndpoints(response, context.Cluster, redirectedTo);
        }
        else
        {
            response.WriteEmptyTaggedFields();
        }

        return (recordBytes, answerNow);
    }

    /// <summary>
    /// The partition's records from the fetch offset: one batch with the samples that fit, whose
    /// offset range runs on to just before the next sample not sent, or to the log end. Offsets
    /// without samples thus read like a compacted log: the consumer moves past them and reaches the
    /// high watermark (end-of-partition, zero lag) instead of stalling after the last sample.
    /// </summary>
    private static int WriteRecords(KafkaWriter response, PartitionScenario partition, FetchPartition fetch, int budget, bool firstData)
    {
        if (fetch.MaxBytes <= 0 || fetch.FetchOffset >= partition.LogEndOffset)
        {
            return WriteNoRecords(response);
        }

        var samples = PartitionLog.From(partition, fetch.FetchOffset);
        var limit = Math.Min(fetch.MaxBytes, budget);
        var (count, size) = samples.IsEmpty ? (0, RecordBatchEncoder.HeaderSize) : RecordBatchEncoder.Fit(samples, limit);

        // KIP-74: the first batch of a response is sent even over the limits, later ones only within them.
        if (size > limit && !firstData)
        {
            return WriteNoRecords(response);
        }

        var baseOffset = count > 0 ? samples[0].Offset : fetch.FetchOffset;
        var lastOffset = count < samples.Length ? samples[count].Offset - 1 : partition.LogEndOffset - 1;
        lastOffset = Math.Min(lastOffset, baseOffset + int.MaxValue);
        response.WriteBytesLength(size);
        RecordBatchEncoder.Write(response, samples[..count], baseOffset, lastOffset, Leadership.LeaderEpoch);
        return size;
    }

    private static int WriteNoRecords(KafkaWriter response)
    {
        response.WriteBytesLength(0);
        return 0;
    }
}
