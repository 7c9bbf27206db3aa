using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Re-checks, every <see cref="EnforcementOptions.Interval"/>, the rules that time alone can break
/// and no event reports: freshness, consumer groups that stopped reporting their lag, and required
/// dead-letter topics (which also resolves a dead-letter violation once the topic appears). Each
/// instance runs its own rounds; outcomes of the same facts are idempotent.
/// </summary>
public sealed partial class PeriodicEnforcement(
    IDbContextFactory<GovernanceDbContext> contexts,
    InForceContracts contracts,
    ContractChecker checker,
    EnforcementGate gate,
    TimeProvider clock,
    IOptions<EnforcementOptions> options,
    ILogger<PeriodicEnforcement> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the next round checks everything again. A
                // failed round must not stop the portal (an unhandled exception here would stop the host).
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round over every contract in force; returns how many violations it opened and resolved.</summary>
    public async Task<(int Opened, int Resolved)> RunOnceAsync(CancellationToken ct)
    {
        List<GovernedContract> governed;
        await using (var list = await contexts.CreateDbContextAsync(ct))
        {
            governed = await contracts.AllAsync(list, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (opened, resolved) = (0, 0);
        foreach (var contract in governed)
        {
            try
            {
                // A context per contract keeps the change tracker small however many contracts there are.
                await using var db = await contexts.CreateDbContextAsync(ct);
                var state = await ContractState.LoadAsync(db, contract, ct);
                var changes = await gate.CheckAndRecordAsync(db, contract.Entity,
                    async () => (await checker.CheckAsync(db, state, CheckFamilies.Periodic, evidence: null, now, ct)).All, now, ct);
                opened += changes?.Opened.Count ?? 0;
                resolved += changes?.Resolved.Count ?? 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not System.Data.Common.DbException)
            {
                // One contract that cannot be checked (unreadable stored facets) must not hold up the others;
                // a database failure ends the round instead.
                LogContractFailed(logger, contract.Entity.Key, ex);
            }
        }

        return (opened, resolved);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A contract enforcement round failed; the next round retries")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Contract {Key} could not be checked in this round")]
    private static partial void LogContractFailed(ILogger logger, string key, Exception exception);
}
