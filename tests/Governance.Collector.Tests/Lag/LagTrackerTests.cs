using Governance.Collector.Lag;
using Governance.Model.Platform;

namespace Governance.Collector.Tests.Lag;

/// <summary>Burrow-style verdicts over sequences of scans of a simulated platform.</summary>
public sealed class LagTrackerTests
{
    [Fact]
    public void Offsets_advancing_faster_than_the_log_grows_is_OK()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);

        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        for (var i = 0; i < 4; i++)
        {
            platform.Grow(10);
            platform.Advance(20);
            Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        }

        var partition = platform.Scan().Group(LagPlatform.Group)!.Partition(LagPlatform.Topic, 0)!;
        Assert.Equal((130L, 140L, 10L), (partition.CommittedOffset, partition.LogEndOffset!.Value, partition.Lag!.Value));
    }

    [Fact]
    public void Log_growing_while_an_active_group_stands_still_is_STALL()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100, members: true);

        // A single observation cannot show movement: an active group gets the benefit of the doubt.
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        platform.Grow(10);
        Assert.Equal(LagVerdict.Stall, platform.ScanVerdict());
        platform.Grow(10);
        var report = platform.Scan();
        Assert.Equal(LagVerdict.Stall, report.Group(LagPlatform.Group)!.Verdict);
        Assert.Equal(70, report.Group(LagPlatform.Group)!.TotalLag);
    }

    [Fact]
    public void Lag_standing_still_without_log_growth_is_STALL_too()
    {
        // Burrow: offsets that do not change while lag is non-zero, whatever the producers do.
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        platform.Scan();
        Assert.Equal(LagVerdict.Stall, platform.ScanVerdict());
    }

    [Fact]
    public void Log_growing_while_an_empty_group_stands_still_is_STOP_from_the_first_scan()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100, members: false);

        Assert.Equal(LagVerdict.Stop, platform.ScanVerdict());
        platform.Grow(10);
        Assert.Equal(LagVerdict.Stop, platform.ScanVerdict());
    }

    [Fact]
    public void Consumers_leaving_turn_a_moving_group_into_STOP_once_it_stood_longer_than_it_moved()
    {
        var platform = new LagPlatform(committed: 0, logEnd: 100, windowSize: 5);
        platform.Scan();
        platform.Advance(10);
        platform.Scan();
        platform.StopConsumers();
        platform.Grow(5);

        // Moved for one minute, has stood for one: not yet longer than it moved (Burrow's rule 3).
        Assert.NotEqual(LagVerdict.Stop, platform.ScanVerdict());
        platform.Grow(5);
        Assert.Equal(LagVerdict.Stop, platform.ScanVerdict());
    }

    [Fact]
    public void Offsets_going_back_is_REWIND()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        platform.Scan();
        platform.Advance(10);
        platform.Scan();
        platform.Advance(-40);

        var partition = platform.Scan().Group(LagPlatform.Group)!.Partition(LagPlatform.Topic, 0)!;
        Assert.Equal(LagVerdict.Rewind, partition.Verdict);
        Assert.Contains("from 60 to 20", partition.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewind_after_a_window_with_zero_lag_is_OK_as_in_Burrow()
    {
        // Burrow's first rule wins: a partition whose lag was zero within the window is fine.
        var platform = new LagPlatform(committed: 100, logEnd: 100);
        platform.Scan();
        platform.Advance(-50);
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
    }

    [Fact]
    public void Committed_offset_beyond_the_log_end_is_ERR_even_on_the_first_scan()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100, partitions: 2);
        platform.Commit(partition: 1, offset: 150);

        var group = platform.Scan().Group(LagPlatform.Group)!;
        Assert.Equal(LagVerdict.Err, group.Verdict);
        Assert.Equal(LagVerdict.Ok, group.Partition(LagPlatform.Topic, 0)!.Verdict);
        var partition = group.Partition(LagPlatform.Topic, 1)!;
        Assert.Equal((LagVerdict.Err, 0L), (partition.Verdict, partition.Lag!.Value));
    }

    [Fact]
    public void Committed_offset_on_a_missing_topic_or_partition_is_ERR()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        platform.Platform.Mutate(s => s.Cluster(LagPlatform.Cluster).Group(LagPlatform.Group)!.Offsets.AddRange(
        [
            new() { Topic = "gone.v1", Partition = 0, Offset = 5 },
            new() { Topic = LagPlatform.Topic, Partition = 7, Offset = 5 },
        ]));

        var group = platform.Scan().Group(LagPlatform.Group)!;
        Assert.Equal(LagVerdict.Err, group.Verdict);
        Assert.Equal(LagVerdict.Err, group.Partition("gone.v1", 0)!.Verdict);
        Assert.Null(group.Partition("gone.v1", 0)!.LogEndOffset);
        Assert.Equal(LagVerdict.Err, group.Partition(LagPlatform.Topic, 7)!.Verdict);
    }

    [Fact]
    public void Lag_growing_while_offsets_move_is_WARN()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        for (var i = 0; i < 3; i++)
        {
            platform.Grow(20);
            platform.Advance(10);
            Assert.Equal(LagVerdict.Warn, platform.ScanVerdict());
        }

        // One scan where the consumer gains ground is enough for Burrow to call it OK again.
        platform.Advance(30);
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
    }

    [Fact]
    public void Zero_lag_in_the_window_keeps_it_OK_until_it_slides_out()
    {
        var platform = new LagPlatform(committed: 100, logEnd: 100, windowSize: 3);
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        platform.Grow(10);
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        platform.Grow(10);
        Assert.Equal(LagVerdict.Ok, platform.ScanVerdict());
        platform.Grow(10);
        var partition = platform.Scan().Group(LagPlatform.Group)!.Partition(LagPlatform.Topic, 0)!;
        Assert.Equal((LagVerdict.Stall, 3), (partition.Verdict, partition.Observations));
    }

    [Fact]
    public void The_group_verdict_is_its_worst_partition()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100, partitions: 3);
        platform.Scan();
        platform.Platform.Mutate(s =>
        {
            var offsets = s.Cluster(LagPlatform.Cluster).Group(LagPlatform.Group)!.Offsets;
            offsets[0].Offset = 100; // caught up: OK
            offsets[1].Offset = 60;  // moving, lag decreasing: OK
            offsets[2].Offset = 40;  // went back: REWIND
        });

        var group = platform.Scan().Group(LagPlatform.Group)!;
        Assert.Equal([LagVerdict.Ok, LagVerdict.Ok, LagVerdict.Rewind], group.Partitions.Select(p => p.Verdict));
        Assert.Equal(LagVerdict.Rewind, group.Verdict);
        Assert.Equal(0 + 40 + 60, group.TotalLag);
    }

    [Fact]
    public void Partial_scans_are_not_observations()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        var first = platform.Scan();

        foreach (var area in new[] { ScanArea.Offsets, ScanArea.ConsumerGroups, ScanArea.Metadata })
        {
            platform.Grow(10);
            var partial = platform.Snapshot() with
            {
                Completeness = new ScanCompleteness([new ScanProblem(area, "timed out")]),
            };
            var report = platform.Tracker.Observe(partial);
            Assert.False(report.Recorded);
            Assert.Contains(area.ToString(), report.SkippedBecause, StringComparison.Ordinal);
            Assert.Equal(first.Groups, report.Groups);
        }

        // Had the partial scans counted, the window would hold four observations.
        var partition = platform.Scan().Group(LagPlatform.Group)!.Partition(LagPlatform.Topic, 0)!;
        Assert.Equal(2, partition.Observations);
    }

    [Fact]
    public void Other_failed_areas_do_not_prevent_recording()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        var snapshot = platform.Snapshot() with
        {
            Completeness = new ScanCompleteness([new ScanProblem(ScanArea.Connect, "503"), new ScanProblem(ScanArea.Acls, "denied")]),
        };

        Assert.True(platform.Tracker.Observe(snapshot).Recorded);
    }

    [Fact]
    public void A_replayed_scan_is_not_recorded_twice()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        var snapshot = platform.Snapshot();
        Assert.True(platform.Tracker.Observe(snapshot).Recorded);

        var replay = platform.Tracker.Observe(snapshot);
        Assert.False(replay.Recorded);
        Assert.Equal(LagVerdict.Ok, replay.Group(LagPlatform.Group)!.Verdict);
    }

    [Fact]
    public void A_deleted_and_recreated_group_starts_a_fresh_window()
    {
        var platform = new LagPlatform(committed: 80, logEnd: 100);
        platform.Scan();
        var group = platform.Platform.Read(s => s.Cluster(LagPlatform.Cluster).Group(LagPlatform.Group)!);
        platform.Platform.Mutate(s => s.Cluster(LagPlatform.Cluster).Groups.Clear());
        Assert.Empty(platform.Scan().Groups);

        platform.Platform.Mutate(s => s.Cluster(LagPlatform.Cluster).Groups.Add(group));
        platform.Commit(0, 10);

        // Compared with the old group's 80 this would be a REWIND; it is a new group instead.
        var partition = platform.Scan().Group(LagPlatform.Group)!.Partition(LagPlatform.Topic, 0)!;
        Assert.Equal((LagVerdict.Ok, 1), (partition.Verdict, partition.Observations));
    }

    [Fact]
    public void Clusters_are_tracked_separately_and_groups_without_offsets_are_OK()
    {
        var platform = new LagPlatform(committed: 50, logEnd: 100);
        var cloud = platform.Snapshot();
        var store = cloud with
        {
            Identity = new ClusterIdentity("store-0042", "lkc-store-0042", []),
            Groups = [new ConsumerGroupInfo { GroupId = LagPlatform.Group, State = "Empty" }],
        };

        Assert.Equal(LagVerdict.Ok, platform.Tracker.Observe(cloud).Group(LagPlatform.Group)!.Verdict);
        var storeReport = platform.Tracker.Observe(store);
        Assert.True(storeReport.Recorded);
        Assert.Equal("kafka://lkc-store-0042", storeReport.Namespace);
        Assert.Equal((LagVerdict.Ok, 0), (storeReport.Group(LagPlatform.Group)!.Verdict, storeReport.Group(LagPlatform.Group)!.Partitions.Count));

        // The store's scan did not remove the cloud group's history.
        Assert.Equal(2, platform.Scan().Group(LagPlatform.Group)!.Partition(LagPlatform.Topic, 0)!.Observations);
    }

    [Fact]
    public void Window_size_must_be_positive_and_defaults_to_ten()
    {
        Assert.Equal(10, new LagTracker().Options.WindowSize);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LagTracker(new LagOptions { WindowSize = 0 }));
    }

    [Fact]
    public void Verdicts_have_Burrow_names()
    {
        Assert.Equal(
            ["OK", "WARN", "STALL", "STOP", "REWIND", "ERR"],
            Enum.GetValues<LagVerdict>().Select(v => v.ToBurrowName()));
    }
}
