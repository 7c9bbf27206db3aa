using Governance.Model.Platform;

namespace Governance.Collector.Scanning;

/// <summary>The collector's log messages (never with secret values).</summary>
internal static partial class CollectorLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "[{Cluster}] {Area}: {Message}")]
    public static partial void ScanProblem(ILogger logger, Exception? exception, string cluster, ScanArea area, string message);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "[{Cluster}] {Area} done {Outcome} in {ElapsedMs:F0} ms ({Items} items)")]
    public static partial void PhaseDone(ILogger logger, string cluster, ScanArea area, string outcome, double elapsedMs, int items);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "[{Cluster}] {Area} skipped: {Reason}")]
    public static partial void PhaseSkipped(ILogger logger, string cluster, ScanArea area, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "[{Cluster}] scanned in {ElapsedMs:F0} ms: {Topics} topics, {Groups} groups, {Problems} problems; phases: {Phases}")]
    public static partial void ClusterScanned(ILogger logger, string cluster, double elapsedMs, int topics, int groups, int problems, string phases);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Scan of {Clusters} clusters finished in {ElapsedMs:F0} ms ({Incomplete} incomplete)")]
    public static partial void ScanFinished(ILogger logger, int clusters, double elapsedMs, int incomplete);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "[{Cluster}] {Operation}: attempt {Attempt} failed with {Error}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string cluster, string operation, int attempt, string error, double delayMs);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "[{Cluster}] {Message}")]
    public static partial void Note(ILogger logger, string cluster, string message);

    [LoggerMessage(EventId = 1120, Level = LogLevel.Debug, Message = "[{Cluster}] librdkafka {Facility} ({Client}): {Message}")]
    public static partial void NativeDebug(ILogger logger, string cluster, string facility, string client, string message);

    [LoggerMessage(EventId = 1121, Level = LogLevel.Information, Message = "[{Cluster}] librdkafka {Facility} ({Client}): {Message}")]
    public static partial void NativeInfo(ILogger logger, string cluster, string facility, string client, string message);

    [LoggerMessage(EventId = 1122, Level = LogLevel.Warning, Message = "[{Cluster}] librdkafka {Facility} ({Client}): {Message}")]
    public static partial void NativeWarning(ILogger logger, string cluster, string facility, string client, string message);

    [LoggerMessage(EventId = 1123, Level = LogLevel.Warning, Message = "[{Cluster}] Kafka client error {Code} ({Client}): {Reason}")]
    public static partial void ClientError(ILogger logger, string cluster, string client, string code, string reason);

    [LoggerMessage(EventId = 1130, Level = LogLevel.Debug, Message = "[{Cluster}] {Method} {Path} -> {Status} ({Attempt})")]
    public static partial void HttpCall(ILogger logger, string cluster, string method, string path, int status, int attempt);

    [LoggerMessage(EventId = 1131, Level = LogLevel.Debug, Message = "[{Cluster}] {Method} {Path}: attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void HttpRetry(ILogger logger, string cluster, string method, string path, int attempt, string reason, double delayMs);
}
