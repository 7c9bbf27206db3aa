using Governance.Web.Catalog.Dtos;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Catalog;

/// <summary>
/// The lag of each consumer group reading a topic, from the <c>governance_consumerLag</c> facets of
/// the group's run events: the latest verdict and lag, and the latest reports as a trend. The reports
/// are found through the event↔dataset links (a lag heartbeat names the topics the group reads), so
/// only events about this topic are read.
/// </summary>
public sealed class DatasetLagReader(IDbContextFactory<GovernanceDbContext> contexts)
{
    /// <summary>Reports in a trend unless the caller asks otherwise.</summary>
    public const int DefaultSamples = 50;

    /// <summary>Most reports a caller may ask for per group.</summary>
    public const int MaxSamples = 500;

    private const string RunEventKind = "RunEvent";

    /// <summary>The topic's consumer groups that report lag, or null when there is no such dataset.</summary>
    public async Task<DatasetLagList?> ReadAsync(string @namespace, string name, int samples, CancellationToken ct)
    {
        samples = Math.Clamp(samples, 1, MaxSamples);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dataset = await DatasetReader.FindAsync(db, @namespace, name, ct);
        if (dataset is null)
        {
            return null;
        }

        var topic = await DatasetIdentities.LoadAsync(db, dataset, ct);
        var consumers = await (from e in db.LineageEdges.AsNoTracking()
                               where e.DatasetId == dataset.Id && e.Direction == EdgeDirection.Input && e.ValidTo == null
                               join j in db.Jobs on e.JobId equals j.Id
                               select new { Namespace = j.Namespace.Name, j.Name })
            .Distinct().ToListAsync(ct);

        var groups = new List<GroupLagDto>();
        foreach (var job in consumers.OrderBy(j => j.Namespace, StringComparer.Ordinal).ThenBy(j => j.Name, StringComparer.Ordinal))
        {
            var reports = await (from l in db.RawEventDatasets
                                 where l.DatasetId == dataset.Id && l.Role == RawEventDatasetRole.Input
                                 join r in db.RawEvents on l.RawEventId equals r.Id
                                 where r.JobNamespace == job.Namespace && r.JobName == job.Name && r.EventKind == RunEventKind
                                       && r.Payload.Contains(LagFacets.Key)
                                 orderby l.RawEventId descending
                                 select new { r.Id, r.EventTime, r.Payload })
                .Take(samples).ToListAsync(ct);
            var trend = reports
                .Select(r => (r.Id, r.EventTime, Report: LagFacets.Read(r.Payload, topic)))
                .Where(r => r.Report is not null)
                .OrderBy(r => r.EventTime).ThenBy(r => r.Id)
                .ToList();
            if (trend.Count == 0)
            {
                continue;
            }

            var (_, at, latest) = trend[^1];
            groups.Add(new GroupLagDto(
                new EntityId(job.Namespace, job.Name), latest!.Verdict, latest.Lag, latest.TotalLag, at, latest.Partitions,
                trend.Select(r => new LagSampleDto(r.EventTime, r.Report!.Verdict, r.Report.Lag)).ToList()));
        }

        return new DatasetLagList(groups);
    }
}
