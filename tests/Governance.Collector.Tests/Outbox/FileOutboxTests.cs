using System.Text.Json;
using System.Text;
using Governance.Collector.Outbox;
using Governance.Model.OpenLineage;
using Microsoft.Extensions.Logging;

namespace Governance.Collector.Tests.Outbox;

/// <summary>The on-disk outbox: order, durability across restarts, crash damage, segments, lock and disk budget.</summary>
public sealed class FileOutboxTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Enqueued_events_are_read_in_order_until_acknowledged()
    {
        using var outbox = Open();
        var first = TestEvents.Many(3, 0);
        var second = TestEvents.Many(2, 3);
        await outbox.EnqueueAsync(first);
        await outbox.EnqueueAsync(second);

        var pending = await outbox.ReadPendingAsync(100);

        Assert.Equal([1L, 2, 3, 4, 5], pending.Select(e => e.Sequence));
        Assert.Equal(first.Concat(second).Select(OpenLineageJson.Serialize), pending.Select(e => Encoding.UTF8.GetString(e.Payload.Span)));
        Assert.Equal(Json(first[0]), Json(pending[0].ReadEvent()));
        Assert.Equal(5, outbox.PendingCount);

        // Not leased: reading again returns the same events.
        Assert.Equal([1L, 2], (await outbox.ReadPendingAsync(2)).Select(e => e.Sequence));

        await outbox.AcknowledgeAsync([1, 2]);
        Assert.Equal([3L, 4, 5], (await outbox.ReadPendingAsync(100)).Select(e => e.Sequence));
        Assert.Equal(3, outbox.PendingCount);

        // Out of order and repeated acknowledgements are fine; unknown sequences are ignored.
        await outbox.AcknowledgeAsync([5, 5, 1, 999]);
        Assert.Equal([3L, 4], (await outbox.ReadPendingAsync(100)).Select(e => e.Sequence));
        Assert.Equal(2, outbox.PendingCount);
    }

    [Fact]
    public async Task A_restart_recovers_exactly_the_unacknowledged_events()
    {
        var events = TestEvents.Many(10);
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(events[..6]);
            await outbox.EnqueueAsync(events[6..]);
            await outbox.AcknowledgeAsync([1, 2, 3, 4, 7]);
        }

        using (var reopened = Open())
        {
            var pending = await reopened.ReadPendingAsync(100);
            Assert.Equal([5L, 6, 8, 9, 10], pending.Select(e => e.Sequence));
            Assert.Equal(new[] { events[4], events[5], events[7], events[8], events[9] }.Select(Json), pending.Select(e => Json(e.ReadEvent())));
            Assert.Equal(5, reopened.PendingCount);

            // Numbering continues: a new event never reuses an acknowledged sequence.
            await reopened.EnqueueAsync([TestEvents.Run(100)]);
            Assert.Equal(11, (await reopened.ReadPendingAsync(100))[^1].Sequence);
        }
    }

    [Fact]
    public async Task Sequences_continue_after_every_segment_was_deleted()
    {
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(TestEvents.Many(5));
            await outbox.AcknowledgeAsync([1, 2, 3, 4, 5]);
            Assert.Empty(_dir.Segments());
        }

        using var reopened = Open();
        Assert.Equal(0, reopened.PendingCount);
        await reopened.EnqueueAsync([TestEvents.Run(42)]);

        // Had numbering restarted at 1, the cursor (acknowledged through 5) would have swallowed this event.
        var pending = Assert.Single(await reopened.ReadPendingAsync(10));
        Assert.Equal(6, pending.Sequence);
        Assert.Equal(Json(TestEvents.Run(42)), Json(pending.ReadEvent()));
    }

    [Fact]
    public async Task A_torn_last_record_is_ignored_and_the_rest_survives()
    {
        var events = TestEvents.Many(5);
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(events[..3]);
            await outbox.EnqueueAsync(events[3..]);
        }

        // A crash in the middle of writing the last record: cut it mid-line.
        var segment = Assert.Single(_dir.Segments());
        var length = new FileInfo(segment).Length;
        var lastLine = File.ReadAllLines(segment)[^1];
        using (var file = new FileStream(segment, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(length - (lastLine.Length / 2));
        }

        using (var reopened = Open())
        {
            var pending = await reopened.ReadPendingAsync(100);
            Assert.Equal(events[..4].Select(Json), pending.Select(e => Json(e.ReadEvent())));
            Assert.True(_logs.Contains(LogLevel.Warning, "interrupted write"));

            // The fragment was cut off: a new record starts on a clean line instead of gluing onto it.
            await reopened.EnqueueAsync([TestEvents.Run(50)]);
        }

        using var again = Open();
        var all = await again.ReadPendingAsync(100);
        Assert.Equal(events[..4].Append(TestEvents.Run(50)).Select(Json), all.Select(e => Json(e.ReadEvent())));
        Assert.DoesNotContain(_logs.Records, r => r.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_zero_filled_tail_after_a_power_loss_is_ignored()
    {
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(TestEvents.Many(3));
        }

        // Some file systems extend the file before the data blocks reach the disk.
        var segment = Assert.Single(_dir.Segments());
        File.AppendAllText(segment, "{\"seq\":4,\"enque" + new string('\0', 300));

        using var reopened = Open();
        Assert.Equal([1L, 2, 3], (await reopened.ReadPendingAsync(100)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_damaged_record_between_intact_ones_is_skipped_and_reported()
    {
        var events = TestEvents.Many(3);
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(events);
        }

        // Flip one character inside the second event: the JSON stays valid, the checksum does not match.
        var segment = Assert.Single(_dir.Segments());
        var lines = File.ReadAllLines(segment);
        lines[1] = lines[1].Replace("\"COMPLETE\"", "\"COMPLETF\"", StringComparison.Ordinal);
        File.WriteAllText(segment, string.Join("\n", lines) + "\n");

        using var reopened = Open();
        var pending = await reopened.ReadPendingAsync(100);
        Assert.Equal(new[] { events[0], events[2] }.Select(Json), pending.Select(e => Json(e.ReadEvent())));
        Assert.True(_logs.Contains(LogLevel.Error, "1 damaged records"));
    }

    [Fact]
    public async Task Segments_are_rolled_over_and_deleted_once_fully_acknowledged()
    {
        using var outbox = Open(o => o.SegmentBytes = 4096);
        for (var i = 0; i < 40; i++)
        {
            await outbox.EnqueueAsync([TestEvents.Run(i)]);
        }

        var segments = _dir.Segments();
        Assert.True(segments.Length >= 4, $"expected several segments, got {segments.Length}");
        Assert.Equal(segments.Sum(s => new FileInfo(s).Length), outbox.UsedBytes);

        // Acknowledge everything in the first segment only: exactly that file goes.
        var firstSegmentCount = File.ReadAllLines(segments[0]).Length;
        await outbox.AcknowledgeAsync([.. Enumerable.Range(1, firstSegmentCount).Select(i => (long)i)]);
        Assert.Equal(segments[1..], _dir.Segments());

        // A segment acknowledged out of order (the last one) goes too, while the earlier ones stay.
        var lastSegmentFirst = long.Parse(Path.GetFileNameWithoutExtension(segments[^1])["segment-".Length..]);
        await outbox.AcknowledgeAsync([.. Enumerable.Range((int)lastSegmentFirst, 41 - (int)lastSegmentFirst).Select(i => (long)i)]);
        Assert.Equal(segments[1..^1], _dir.Segments());

        await outbox.AcknowledgeAsync([.. Enumerable.Range(1, 40).Select(i => (long)i)]);
        Assert.Empty(_dir.Segments());
        Assert.Equal(0, outbox.UsedBytes);
        Assert.Equal(0, outbox.PendingCount);
        Assert.Null(outbox.OldestPendingAge);
    }

    [Fact]
    public async Task A_segment_with_stray_bytes_after_its_last_record_is_never_appended_to_again()
    {
        // The third event is small: it would fit into the older segment if that were resumed.
        var events = new[] { TestEvents.Large(1, 3000), TestEvents.Large(2, 3000), TestEvents.Run(3) };
        using (var outbox = Open(o => o.SegmentBytes = 4096))
        {
            await outbox.EnqueueAsync([events[0]]);
            await outbox.EnqueueAsync([events[1]]);
            Assert.Equal(2, _dir.Segments().Length);

            // The newer segment is delivered and deleted, so the older one would be resumed next...
            await outbox.AcknowledgeAsync([2]);
            var older = Assert.Single(_dir.Segments());
            // ...but its file no longer ends where its last record does (a failed write that could not be undone).
            File.AppendAllText(older, "{\"seq\":99,\"torn");

            await outbox.EnqueueAsync([events[2]]);
            Assert.Equal(2, _dir.Segments().Length);
            Assert.Equal(new[] { events[0], events[2] }.Select(Json), (await outbox.ReadPendingAsync(10)).Select(e => Json(e.ReadEvent())));
        }

        using var reopened = Open(o => o.SegmentBytes = 4096);
        Assert.Equal(new[] { events[0], events[2] }.Select(Json), (await reopened.ReadPendingAsync(10)).Select(e => Json(e.ReadEvent())));
    }

    [Fact]
    public async Task A_second_instance_on_the_same_directory_is_refused()
    {
        using (var first = Open())
        {
            await first.EnqueueAsync([TestEvents.Run(1)]);
            var error = Assert.Throws<OutboxLockedException>(() => Open());
            Assert.Contains(_dir.Path, error.Message, StringComparison.Ordinal);
            Assert.Contains("already in use by another collector", error.Message, StringComparison.Ordinal);
            Assert.Contains("Outbox:Directory", error.Message, StringComparison.Ordinal);
        }

        // Released on dispose (and by the OS when a process dies).
        using var second = Open();
        Assert.Equal(1, second.PendingCount);
    }

    [Fact]
    public async Task The_disk_budget_refuses_loudly_and_writes_nothing()
    {
        using var outbox = Open(o =>
        {
            o.MaxBytes = 1024 * 1024;
            o.SegmentBytes = 64 * 1024;
        });
        var written = 0;
        var error = await Assert.ThrowsAsync<OutboxFullException>(async () =>
        {
            while (true)
            {
                await outbox.EnqueueAsync([TestEvents.Large(written, 20_000), TestEvents.Large(written + 1, 20_000)]);
                written += 2;
            }
        });

        // The refused call wrote nothing: every event written before it is there, nothing after.
        Assert.Equal(written, outbox.PendingCount);
        Assert.Equal(written, (await outbox.ReadPendingAsync(1000)).Count);
        Assert.True(outbox.UsedBytes <= 1024 * 1024);
        Assert.Equal(1024 * 1024, error.MaxBytes);
        Assert.Contains("Outbox:MaxBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("NOT stored", error.Message, StringComparison.Ordinal);

        // Delivering frees space again.
        await outbox.AcknowledgeAsync([.. Enumerable.Range(1, written).Select(i => (long)i)]);
        await outbox.EnqueueAsync([TestEvents.Large(9999, 20_000)]);
        Assert.Equal(1, outbox.PendingCount);
    }

    [Fact]
    public async Task Rejected_events_go_to_the_dead_letter_file_and_leave_the_queue()
    {
        var events = TestEvents.Many(3);
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(events);
            var pending = await outbox.ReadPendingAsync(10);
            await outbox.RejectAsync([new RejectedEvent(pending[1], "rejected by the portal", [new DeliveryIssue("$.run.runId", "must be a UUID", "#/$defs/Run")])]);

            Assert.Equal([1L, 3], (await outbox.ReadPendingAsync(10)).Select(e => e.Sequence));
            Assert.Equal(_dir.Combine("rejected.jsonl"), outbox.DeadLetterPath);
        }

        var line = Assert.Single(File.ReadAllLines(_dir.Combine("rejected.jsonl")));
        using var dead = JsonDocument.Parse(line);
        Assert.Equal(2, dead.RootElement.GetProperty("seq").GetInt64());
        Assert.Equal("rejected by the portal", dead.RootElement.GetProperty("reason").GetString());
        var error = Assert.Single(dead.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("$.run.runId", error.GetProperty("path").GetString());
        Assert.Equal("must be a UUID", error.GetProperty("message").GetString());
        Assert.Equal(Json(events[1]), Json(OpenLineageJson.ParseEvent(dead.RootElement.GetProperty("event"))));

        using var reopened = Open();
        Assert.Equal([1L, 3], (await reopened.ReadPendingAsync(10)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Oldest_pending_age_follows_the_oldest_unacknowledged_event()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        using var outbox = FileOutbox.Open(new OutboxOptions { Directory = _dir.Path }, null, clock);
        Assert.Null(outbox.OldestPendingAge);

        await outbox.EnqueueAsync([TestEvents.Run(1)]);
        clock.Advance(TimeSpan.FromMinutes(10));
        await outbox.EnqueueAsync([TestEvents.Run(2)]);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(15), outbox.OldestPendingAge);

        await outbox.AcknowledgeAsync([1]);
        Assert.Equal(TimeSpan.FromMinutes(5), outbox.OldestPendingAge);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 12, 10, 0, TimeSpan.Zero), (await outbox.ReadPendingAsync(1))[0].EnqueuedAt);
    }

    [Fact]
    public async Task Waiting_for_pending_events_wakes_on_enqueue()
    {
        using var outbox = Open();
        var waiting = outbox.WaitForPendingAsync(CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);

        await outbox.EnqueueAsync([TestEvents.Run(1)]);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        // Completes at once while something is pending.
        Assert.True(outbox.WaitForPendingAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task An_unreadable_cursor_resends_everything_rather_than_losing_anything()
    {
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync(TestEvents.Many(4));
            await outbox.AcknowledgeAsync([1]);
        }

        File.WriteAllText(_dir.Combine("cursor.json"), "not json");

        using var reopened = Open();
        Assert.Equal([1L, 2, 3, 4], (await reopened.ReadPendingAsync(10)).Select(e => e.Sequence));
        Assert.True(_logs.Contains(LogLevel.Warning, "resent"));
    }

    [Fact]
    public async Task The_record_format_is_one_checksummed_json_line_per_event()
    {
        using (var outbox = Open())
        {
            await outbox.EnqueueAsync([TestEvents.Run(7)]);
        }

        var content = File.ReadAllText(Assert.Single(_dir.Segments()));
        Assert.EndsWith("\n", content, StringComparison.Ordinal);
        using var record = JsonDocument.Parse(content);
        Assert.Equal(1, record.RootElement.GetProperty("seq").GetInt64());
        Assert.Matches("^[0-9a-f]{16}$", record.RootElement.GetProperty("checksum").GetString());
        Assert.Equal(Json(TestEvents.Run(7)), Json(OpenLineageJson.ParseEvent(record.RootElement.GetProperty("event"))));
    }

    private static string Json(OpenLineageEvent e) => OpenLineageJson.Serialize(e);

    private FileOutbox Open(Action<OutboxOptions>? configure = null)
    {
        var options = new OutboxOptions { Directory = _dir.Path };
        configure?.Invoke(options);
        return FileOutbox.Open(options, new LoggerFactory([_logs]).CreateLogger<FileOutbox>());
    }
}
