using System.Security.Cryptography;
using Governance.Collector.Identity;
using Governance.Collector.Lag;
using Governance.Collector.Lineage;
using Governance.Model.OpenLineage;
using Governance.Model.Platform;

namespace Governance.Collector.Emission;

/// <summary>What one scan gave the emitter: the snapshots, the inferred lineage and the lag reports.</summary>
public sealed record ScanResult(IReadOnlyList<ClusterSnapshot> Snapshots, PlatformLineage Lineage, IReadOnlyList<GroupLagReport> Lag);

/// <summary>The events to send after a scan, and what the planner noticed on the way.</summary>
public sealed record EmissionPlan(IReadOnlyList<OpenLineageEvent> Events, int Unchanged, int Dropped, IReadOnlyList<ScanProblem> Problems);

/// <summary>
/// Decides what to emit after a scan: only what changed since it was last emitted (plus a periodic
/// heartbeat), lag heartbeats of streaming jobs, and drops. A dataset or job is reported dropped
/// only after it was missing from <see cref="EmissionOptions.DropAfterCompleteScans"/> consecutive
/// scans of its cluster that were complete: a partial scan (a registry error, a broker timeout)
/// never counts, so a flaky network never deletes anything from the catalog.
/// </summary>
public sealed class EmissionPlanner(EmissionOptions options, string portalBaseUrl)
{
    public EmissionPlan Plan(EmissionState state, ScanResult scan, DateTimeOffset now)
    {
        var context = new EmissionContext(portalBaseUrl, now);
        var problems = new List<ScanProblem>();
        var events = new List<OpenLineageEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unchanged = 0;

        foreach (var (key, cluster, evt) in Candidates(context, scan, problems))
        {
            seen.Add(key);
            if (Consider(state, key, cluster, evt, now))
            {
                events.Add(evt);
            }
            else
            {
                unchanged++;
            }
        }

        events.AddRange(LagHeartbeats(context, scan));
        var dropped = Drops(context, state, scan, seen, events);
        return new EmissionPlan(events, unchanged, dropped, problems);
    }

    private IEnumerable<(string Key, string Cluster, OpenLineageEvent Event)> Candidates(EmissionContext context, ScanResult scan, List<ScanProblem> problems)
    {
        foreach (var cluster in scan.Snapshots.Where(s => !s.Completeness.Failed(ScanArea.Metadata)))
        {
            var ns = ClusterNamespaces.For(cluster.Identity);
            var datasets = scan.Lineage.Datasets
                .Where(d => d.Kind == DatasetKind.Topic && d.Dataset.Namespace == ns)
                .Select(d => d.Dataset.Name)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var topic in cluster.Topics.Where(t => datasets.Contains(t.Name)))
            {
                var evt = TopicEventBuilder.Build(context, cluster, topic, problems);
                yield return (EmittedEntry.KeyOf("dataset", ns, topic.Name), cluster.Identity.Alias, evt);
            }
        }

        foreach (var job in scan.Lineage.Jobs)
        {
            var cluster = scan.Snapshots.FirstOrDefault(s => s.Identity.Alias == job.Cluster);
            var group = cluster?.Groups.FirstOrDefault(g => g.GroupId == job.Name && job.Kind is JobKind.ConsumerGroup or JobKind.StreamsApp);
            yield return (EmittedEntry.KeyOf("job", job.Namespace, job.Name), job.Cluster ?? "", JobEventBuilder.Build(context, job, group));
        }
    }

    /// <summary>True when the event must be sent: new, changed, or due for its heartbeat.</summary>
    private bool Consider(EmissionState state, string key, string cluster, OpenLineageEvent evt, DateTimeOffset now)
    {
        var fingerprint = Fingerprint(evt);
        if (state.Entries.TryGetValue(key, out var entry))
        {
            entry.MissedCompleteScans = 0;
            entry.Cluster = cluster;
            if (entry.Fingerprint == fingerprint && now - entry.LastEmitted < options.HeartbeatInterval)
            {
                return false;
            }
        }
        else
        {
            var (kind, ns, name) = Identify(evt);
            entry = new EmittedEntry { Kind = kind, Namespace = ns, Name = name, Cluster = cluster };
            state.Entries[key] = entry;
        }

        entry.Fingerprint = fingerprint;
        entry.LastEmitted = now;
        return true;
    }

    private static IEnumerable<OpenLineageEvent> LagHeartbeats(EmissionContext context, ScanResult scan)
    {
        var reports = scan.Lag.Where(r => r.Recorded).ToDictionary(r => r.Cluster, StringComparer.Ordinal);
        foreach (var job in scan.Lineage.Jobs.Where(j => j.Kind is JobKind.ConsumerGroup or JobKind.StreamsApp))
        {
            if (job.Cluster is { } alias && reports.TryGetValue(alias, out var report) && report.Group(job.Name) is { } lag)
            {
                yield return JobEventBuilder.Running(context, job, lag);
            }
        }
    }

    private int Drops(EmissionContext context, EmissionState state, ScanResult scan, HashSet<string> seen, List<OpenLineageEvent> events)
    {
        var dropped = 0;
        foreach (var (key, entry) in state.Entries.ToList())
        {
            if (seen.Contains(key) || !CompletelyScanned(scan, entry))
            {
                continue;
            }

            if (++entry.MissedCompleteScans < options.DropAfterCompleteScans)
            {
                continue;
            }

            events.Add(entry.Kind == "dataset"
                ? DroppedTopic(context, entry.Namespace, entry.Name)
                : JobEventBuilder.Dropped(context, entry.Namespace, entry.Name));
            state.Entries.Remove(key);
            dropped++;
        }

        return dropped;
    }

    /// <summary>Whether this scan could have seen the entry: its cluster was scanned, and completely.</summary>
    private static bool CompletelyScanned(ScanResult scan, EmittedEntry entry)
    {
        var cluster = scan.Snapshots.FirstOrDefault(s => s.Identity.Alias == entry.Cluster);
        if (cluster is null)
        {
            return false;
        }

        // Jobs are inferred from every part of every cluster (mirrors span two), so any gap anywhere counts.
        return entry.Kind == "dataset"
            ? cluster.Completeness.IsComplete
            : scan.Snapshots.All(s => s.Completeness.IsComplete);
    }

    private static DatasetEvent DroppedTopic(EmissionContext context, string ns, string name) => new()
    {
        EventTime = context.EventTime,
        Producer = EmissionContext.Producer,
        SchemaUrl = FacetSchemaUrls.DatasetEvent,
        Dataset = new StaticDataset
        {
            Namespace = ns,
            Name = name,
            Facets = new DatasetFacets
            {
                LifecycleStateChange = context.Stamp(
                    new LifecycleStateChangeDatasetFacet { LifecycleStateChange = LifecycleStateChangeDatasetFacet.Drop },
                    "LifecycleStateChangeDatasetFacet"),
            },
        },
    };

    private static (string Kind, string Namespace, string Name) Identify(OpenLineageEvent evt) => evt switch
    {
        DatasetEvent d => ("dataset", d.Dataset.Namespace, d.Dataset.Name),
        JobEvent j => ("job", j.Job.Namespace, j.Job.Name),
        _ => throw new ArgumentException($"Only dataset and job events are tracked, not {evt.GetType().Name}.", nameof(evt)),
    };

    /// <summary>The content of an event without its time, hashed.</summary>
    internal static string Fingerprint(OpenLineageEvent evt)
    {
        var timeless = evt with { EventTime = "" };
        return Convert.ToHexStringLower(SHA256.HashData(OpenLineageJson.SerializeToUtf8Bytes(timeless)));
    }
}
