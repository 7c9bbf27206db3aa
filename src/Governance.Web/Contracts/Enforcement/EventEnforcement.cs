using Governance.Model.OpenLineage;
using Governance.Web.Catalog;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Checks the contracts of the datasets an ingested event touched, right after the event was
/// committed, and only the rules that event lets us check: a topic report with the contract
/// subject's registry entry checks compatibility and the registry's level; one with a schema checks
/// fields and classifications; a topic's own DatasetEvent checks its dead-letter topic; a consumer
/// group's lag report checks that group's lag objective, and nothing else.
/// </summary>
/// <remarks>
/// Ingestion calls this while it still holds its write lock, so events are enforced in the order they
/// were stored and a check sees exactly the state its event produced. Each event is enforced by the
/// instance that stored it, once; an event that fails enforcement (the database went away) is
/// re-checked in effect by the next report of the same facts (the collector re-reports topics and
/// lag every scan or heartbeat), so no separate progress marker is kept.
/// </remarks>
public sealed partial class EventEnforcement(
    IDbContextFactory<GovernanceDbContext> contexts,
    InForceContracts contracts,
    ContractChecker checker,
    EnforcementGate gate,
    TimeProvider clock,
    ILogger<EventEnforcement> logger)
{
    /// <summary>Enforces the contracts <paramref name="evt"/> (stored as <paramref name="raw"/>) touches. Never throws for a failed check.</summary>
    public async Task AfterStoredAsync(RawEvent raw, OpenLineageEvent evt)
    {
        try
        {
            // Not the request's token: the event is stored, so a client hanging up must not skip its checks.
            await EnforceAsync(raw, evt, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The event is committed and acknowledged either way; a failed check must not turn it into an error.
            LogFailed(logger, raw.Id, ex);
        }
    }

    private async Task EnforceAsync(RawEvent raw, OpenLineageEvent evt, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Contracts.AnyAsync(c => c.Status == InForceContracts.ActiveStatus, ct))
        {
            return;
        }

        var touched = await (from l in db.RawEventDatasets
                             where l.RawEventId == raw.Id
                             join d in db.Datasets on l.DatasetId equals d.Id
                             select new { d.Id, Namespace = d.Namespace.Name, d.Name, l.Role })
            .ToListAsync(ct);
        if (touched.Count == 0)
        {
            return;
        }

        var datasetIds = touched.Select(t => t.Id).Distinct().ToList();
        var symlinks = await db.DatasetSymlinks.AsNoTracking().Where(s => datasetIds.Contains(s.DatasetId))
            .Select(s => new { s.DatasetId, s.Namespace, s.Name }).ToListAsync(ct);
        var names = touched.Select(t => (t.Id, t.Namespace, t.Name)).Concat(symlinks.Select(s => (Id: s.DatasetId, s.Namespace, s.Name)))
            .ToLookup(n => n.Id, n => (n.Namespace, n.Name));
        var governed = await contracts.ForDatasetsAsync(db, names.SelectMany(n => n).ToHashSet(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var contract in governed)
        {
            var identity = (contract.Entity.DatasetNamespace, contract.Entity.DatasetName);
            var datasetId = datasetIds.First(id => names[id].Contains(identity));
            var known = names[datasetId].ToHashSet();
            var roles = touched.Where(t => t.Id == datasetId).Select(t => t.Role).ToHashSet();
            var reported = ReportedDatasets(evt).Where(d => known.Contains((d.Namespace, d.Name))).ToList();

            var subject = reported.SelectMany(d => RegistryFacet.Read(d.Facets.GetFacetJson(RegistryFacet.Key)))
                .FirstOrDefault(s => s.Subject == contract.Subject);
            var families = CheckFamilies.None;
            if (subject is not null)
            {
                families |= CheckFamilies.Compatibility;
            }

            if (reported.Any(d => d.Facets.Schema is not null))
            {
                families |= CheckFamilies.Fields | CheckFamilies.Classification;
            }

            if (evt is DatasetEvent)
            {
                families |= CheckFamilies.DeadLetter;
            }

            var lag = roles.Contains(RawEventDatasetRole.Input) ? await LagReportAsync(db, raw, evt, contract, datasetId, ct) : null;
            if (families == CheckFamilies.None && lag is null)
            {
                continue;
            }

            try
            {
                var state = await ContractState.LoadAsync(db, contract, ct);
                var evidence = new EventEvidence(raw.Id, subject, lag);
                await gate.CheckAndRecordAsync(db, contract.Entity,
                    async () => (await checker.CheckAsync(db, state, families, evidence, now, ct)).All, now, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not System.Data.Common.DbException)
            {
                // One contract that cannot be checked must not keep the event's other contracts from being checked.
                LogContractFailed(logger, contract.Entity.Key, raw.Id, ex);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The lag the event's run facet reports for the governed topic, when the event's job is a group with an objective.</summary>
    private static async Task<GroupLagReport?> LagReportAsync(
        GovernanceDbContext db, RawEvent raw, OpenLineageEvent evt, GovernedContract contract, long datasetId, CancellationToken ct)
    {
        if (evt is not RunEvent run || !run.Run.Facets.ContainsKey(LagFacets.Key) || contract.Contract.ServiceLevels.ConsumerGroupLag.Count == 0)
        {
            return null;
        }

        var jobFacets = raw.JobId is { } jobId ? await db.Jobs.Where(j => j.Id == jobId).Select(j => j.FacetsJson).FirstOrDefaultAsync(ct) : null;
        var groups = new[] { run.Job.Name, ContractState.ConsumerGroupId(jobFacets) }.OfType<string>().Distinct().ToList();
        if (!contract.Contract.ServiceLevels.ConsumerGroupLag.Any(o => groups.Contains(o.ConsumerGroup)))
        {
            return null;
        }

        var dataset = await db.Datasets.AsNoTracking().Include(d => d.Namespace).FirstAsync(d => d.Id == datasetId, ct);
        var report = LagFacets.Read(raw.Payload, await DatasetIdentities.LoadAsync(db, dataset, ct));
        return report is null ? null : new GroupLagReport(groups, report, raw.EventTime);
    }

    private static IEnumerable<Dataset> ReportedDatasets(OpenLineageEvent evt) => evt switch
    {
        DatasetEvent d => [d.Dataset],
        RunEvent r => [.. (r.Inputs ?? []), .. (r.Outputs ?? [])],
        JobEvent j => [.. (j.Inputs ?? []), .. (j.Outputs ?? [])],
        _ => [],
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Contract {Key} was not enforced for stored event {EventId}")]
    private static partial void LogContractFailed(ILogger logger, string key, long eventId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Contracts were not enforced for stored event {EventId}")]
    private static partial void LogFailed(ILogger logger, long eventId, Exception exception);
}
