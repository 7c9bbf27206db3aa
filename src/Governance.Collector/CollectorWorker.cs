using Governance.Collector.Kafka;

namespace Governance.Collector;

/// <summary>The collector's hosted service. It reports its start; collection work is added here.</summary>
public sealed partial class CollectorWorker(ILogger<CollectorWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, KafkaNative.Version);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Governance collector started (librdkafka {LibrdkafkaVersion})")]
    private static partial void LogStarted(ILogger logger, string librdkafkaVersion);
}
