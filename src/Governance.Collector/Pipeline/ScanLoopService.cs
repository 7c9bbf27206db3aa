using Microsoft.Extensions.Options;

namespace Governance.Collector.Pipeline;

/// <summary>Scans at the configured interval for <c>collector run</c>; a failed scan is logged and retried next time.</summary>
public sealed partial class ScanLoopService(
    CollectorPipeline pipeline,
    IOptions<ScanScheduleOptions> schedule,
    TimeProvider clock,
    ILogger<ScanLoopService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(schedule.Value.Interval, clock);
        do
        {
            try
            {
                await pipeline.RunOnceAsync(progress: null, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Keep the collector alive: the outbox still delivers, and the next scan may succeed.
                LogScanFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan failed; retrying at the next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
