using System.Collections.Concurrent;
using Confluent.Kafka;
using Governance.Collector.Scanning;

namespace Governance.Collector.Kafka;

/// <summary>The outcome of one item of a batched admin call: a result, or the item's error.</summary>
internal readonly record struct ItemOutcome<TItem, TResult>(TItem Item, TResult? Result, Error? Error)
{
    public static ItemOutcome<TItem, TResult> Ok(TItem item, TResult result) => new(item, result, null);

    public static ItemOutcome<TItem, TResult> Fail(TItem item, Error error) => new(item, default, error);
}

/// <summary>What a batched call gave: the items that succeeded and those that failed for good.</summary>
internal sealed class BatchResult<TItem, TResult>
    where TItem : notnull
{
    public Dictionary<TItem, TResult> Succeeded { get; } = [];

    public List<(TItem Item, Error Error)> Failed { get; } = [];
}

/// <summary>
/// Runs admin calls with bounded retries on retriable errors, and batched calls chunk by chunk,
/// keeping every item that succeeded and retrying only the items that failed retriably. Counts the
/// calls made per operation (for tests and performance notes).
/// </summary>
internal sealed class KafkaCalls(string cluster, KafkaInspectionOptions options, ILogger logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// <summary>Admin calls made so far, per operation name.</summary>
    public IReadOnlyDictionary<string, int> Calls => _calls;

    /// <summary>True for errors that go away by themselves: transport, timeouts, leader or coordinator moves, throttling.</summary>
    public static bool IsRetriable(Error error) => error.Code switch
    {
        ErrorCode.Local_Transport or ErrorCode.Local_TimedOut or ErrorCode.Local_TimedOutQueue or ErrorCode.Local_AllBrokersDown
            or ErrorCode.Local_WaitCoord or ErrorCode.Local_Retry or ErrorCode.Local_Outdated or ErrorCode.Local_WaitCache
            or ErrorCode.Local_UnknownBroker or ErrorCode.Local_DestroyBroker
            or ErrorCode.RequestTimedOut or ErrorCode.NetworkException or ErrorCode.LeaderNotAvailable or ErrorCode.NotLeaderForPartition
            or ErrorCode.BrokerNotAvailable or ErrorCode.ReplicaNotAvailable or ErrorCode.GroupCoordinatorNotAvailable
            or ErrorCode.NotCoordinatorForGroup or ErrorCode.GroupLoadInProgress or ErrorCode.NotController
            or ErrorCode.KafkaStorageError or ErrorCode.FencedLeaderEpoch or ErrorCode.UnknownLeaderEpoch
            or ErrorCode.OffsetNotAvailable or ErrorCode.ThrottlingQuotaExceeded or ErrorCode.RebootstrapRequired => true,
        _ => false,
    };

    /// <summary>True for authorization failures (the collector's principal is not allowed).</summary>
    public static bool IsAuthorizationError(Error error) => error.Code is ErrorCode.ClusterAuthorizationFailed
        or ErrorCode.TopicAuthorizationFailed or ErrorCode.GroupAuthorizationFailed
        or ErrorCode.TransactionalIdAuthorizationFailed or ErrorCode.DelegationTokenAuthorizationFailed;

    /// <summary>The error that matters: for <c>DescribeAclsException</c> the one in its report, else the exception's own.</summary>
    public static Error EffectiveError(KafkaException exception) =>
        exception is Confluent.Kafka.Admin.DescribeAclsException { Result.Error: { IsError: true } reported } ? reported : exception.Error;

    private void Count(string operation) => _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.RetryBackoff * Math.Pow(2, attempt - 1);
        return delay > MaxBackoff ? MaxBackoff : delay;
    }

    /// <summary>
    /// Runs a whole call, retrying it (at most <see cref="KafkaInspectionOptions.MaxAttempts"/> times in all)
    /// while it throws a <see cref="KafkaException"/> with a retriable error. The last failure is thrown.
    /// </summary>
    public async Task<T> CallAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Count(operation);
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (KafkaException ex) when (attempt < options.MaxAttempts && IsRetriable(EffectiveError(ex)))
            {
                var delay = Backoff(attempt);
                var error = EffectiveError(ex);
                CollectorLog.Retrying(logger, cluster, operation, attempt, $"{error.Code}: {error.Reason}", delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs a batched call over <paramref name="items"/> in chunks of <paramref name="batchSize"/>
    /// (at most <paramref name="concurrency"/> chunks in flight). <paramref name="call"/> maps the
    /// per-item results of a chunk, including those carried by Confluent's <c>{Op}Exception</c>; a
    /// <see cref="KafkaException"/> escaping it fails the whole chunk. Items that failed retriably are
    /// retried (in new chunks) up to <see cref="KafkaInspectionOptions.MaxAttempts"/> attempts in all.
    /// </summary>
    public async Task<BatchResult<TItem, TResult>> BatchAsync<TItem, TResult>(
        string operation,
        IReadOnlyList<TItem> items,
        int batchSize,
        int concurrency,
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<ItemOutcome<TItem, TResult>>>> call,
        CancellationToken cancellationToken)
        where TItem : notnull
    {
        var result = new BatchResult<TItem, TResult>();
        var pending = items.Distinct().ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var retry = new ConcurrentBag<TItem>();
            var succeeded = new ConcurrentDictionary<TItem, TResult>();
            var failed = new ConcurrentBag<(TItem, Error)>();
            var last = attempt >= options.MaxAttempts;

            await Parallel.ForEachAsync(
                pending.Chunk(batchSize),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (chunk, ct) =>
                {
                    Count(operation);
                    IReadOnlyList<ItemOutcome<TItem, TResult>> outcomes;
                    try
                    {
                        outcomes = await call(chunk).ConfigureAwait(false);
                    }
                    catch (KafkaException ex)
                    {
                        CollectorLog.Retrying(logger, cluster, operation, attempt, $"{ex.Error.Code}: {ex.Error.Reason} (whole call of {chunk.Length} items)", last ? 0 : Backoff(attempt).TotalMilliseconds);
                        outcomes = chunk.Select(item => ItemOutcome<TItem, TResult>.Fail(item, ex.Error)).ToList();
                    }

                    var answered = new HashSet<TItem>();
                    foreach (var outcome in outcomes)
                    {
                        answered.Add(outcome.Item);
                        if (outcome.Error is not { IsError: true } error)
                        {
                            succeeded[outcome.Item] = outcome.Result!;
                        }
                        else if (!last && IsRetriable(error))
                        {
                            retry.Add(outcome.Item);
                        }
                        else
                        {
                            failed.Add((outcome.Item, error));
                        }
                    }

                    foreach (var item in chunk.Where(i => !answered.Contains(i)))
                    {
                        var missing = new Error(ErrorCode.Local_Inconsistent, "no result for this item in the response");
                        if (last)
                        {
                            failed.Add((item, missing));
                        }
                        else
                        {
                            retry.Add(item);
                        }
                    }
                }).ConfigureAwait(false);

            foreach (var (item, value) in succeeded)
            {
                result.Succeeded[item] = value;
            }

            result.Failed.AddRange(failed);
            pending = [.. retry.Distinct()];
            if (pending.Count > 0)
            {
                var delay = Backoff(attempt);
                CollectorLog.Retrying(logger, cluster, operation, attempt, $"{pending.Count} items failed retriably", delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <summary>
    /// One line for a problem: how many of how many items failed, grouped by error, with a few names each.
    /// E.g. <c>DescribeConfigs: 3 of 120 topics failed: TopicAuthorizationFailed ×3 (a, b, c)</c>.
    /// </summary>
    public static string Summarize(string operation, string itemKind, int total, IEnumerable<(string Item, Error Error)> failed, int namesPerError = 5)
    {
        var list = failed.ToList();
        var groups = list
            .GroupBy(f => f.Error.Code)
            .OrderByDescending(g => g.Count())
            .Select(g =>
            {
                var names = g.Select(f => f.Item).Order(StringComparer.Ordinal).ToList();
                var shown = string.Join(", ", names.Take(namesPerError)) + (names.Count > namesPerError ? ", …" : "");
                return $"{g.Key} ×{names.Count} ({shown}): {g.First().Error.Reason}";
            });
        return $"{operation}: {list.Count} of {total} {itemKind} failed: {string.Join("; ", groups)}";
    }
}
