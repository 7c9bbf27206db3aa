using Confluent.Kafka;
using Governance.Collector.Kafka;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Collector.Tests.Kafka;

public sealed class KafkaCallsTests
{
    private static KafkaCalls Calls(int attempts = 3) =>
        new("test", new KafkaInspectionOptions { MaxAttempts = attempts, RetryBackoff = TimeSpan.FromMilliseconds(1) }, NullLogger.Instance);

    [Fact]
    public async Task Batches_are_chunked_and_only_retriably_failed_items_are_retried()
    {
        var calls = Calls();
        var seen = new List<string[]>();
        var flaky = new HashSet<string> { "b" };

        var result = await calls.BatchAsync<string, int>("Op", ["a", "b", "c", "d", "e"], 2, 1, chunk =>
        {
            lock (seen) seen.Add([.. chunk]);
            IReadOnlyList<ItemOutcome<string, int>> outcomes = chunk.Select(item => item switch
            {
                "b" when flaky.Remove("b") => ItemOutcome<string, int>.Fail(item, new Error(ErrorCode.NotCoordinatorForGroup)),
                "d" => ItemOutcome<string, int>.Fail(item, new Error(ErrorCode.TopicAuthorizationFailed)),
                _ => ItemOutcome<string, int>.Ok(item, item[0]),
            }).ToList();
            return Task.FromResult(outcomes);
        }, CancellationToken.None);

        Assert.Equal(["a", "b", "c", "e"], result.Succeeded.Keys.Order());
        var failure = Assert.Single(result.Failed);
        Assert.Equal(("d", ErrorCode.TopicAuthorizationFailed), (failure.Item, failure.Error.Code));
        Assert.Equal(4, seen.Count); // 3 chunks, then "b" alone
        Assert.Equal(["b"], seen[^1]);
        Assert.Equal(4, calls.Calls["Op"]);
    }

    [Fact]
    public async Task A_whole_call_failure_fails_its_chunk_and_stops_after_the_attempts()
    {
        var calls = Calls(attempts: 2);
        var count = 0;

        var result = await calls.BatchAsync<string, int>("Op", ["a", "b"], 10, 1, _ =>
        {
            count++;
            throw new KafkaException(ErrorCode.Local_Transport);
        }, CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Empty(result.Succeeded);
        Assert.All(result.Failed, f => Assert.Equal(ErrorCode.Local_Transport, f.Error.Code));
    }

    [Fact]
    public async Task Items_missing_from_an_answer_are_retried_then_reported()
    {
        var result = await Calls(attempts: 2).BatchAsync<string, int>("Op", ["a", "b"], 10, 1,
            _ => Task.FromResult<IReadOnlyList<ItemOutcome<string, int>>>([ItemOutcome<string, int>.Ok("a", 1)]), CancellationToken.None);

        Assert.Equal(["a"], result.Succeeded.Keys);
        Assert.Equal("b", Assert.Single(result.Failed).Item);
    }

    [Fact]
    public async Task Whole_calls_are_retried_on_retriable_errors_only()
    {
        var calls = Calls();
        var count = 0;
        var value = await calls.CallAsync("Op", () => ++count < 3 ? throw new KafkaException(ErrorCode.Local_TimedOut) : Task.FromResult(42), CancellationToken.None);
        Assert.Equal((42, 3), (value, count));

        count = 0;
        await Assert.ThrowsAsync<KafkaException>(() => calls.CallAsync<int>("Op2", () => { count++; throw new KafkaException(ErrorCode.ClusterAuthorizationFailed); }, CancellationToken.None));
        Assert.Equal(1, count);
    }

    [Fact]
    public void Summaries_group_by_error_and_name_a_few_items()
    {
        var failures = Enumerable.Range(0, 7).Select(i => ($"t{i}", new Error(ErrorCode.TopicAuthorizationFailed, "denied")))
            .Append(("x", new Error(ErrorCode.UnknownTopicOrPart, "gone")));

        var text = KafkaCalls.Summarize("DescribeConfigs", "topics", 100, failures);

        Assert.StartsWith("DescribeConfigs: 8 of 100 topics failed: TopicAuthorizationFailed ×7 (t0, t1, t2, t3, t4, …): denied; UnknownTopicOrPart ×1 (x): gone", text);
    }
}
