namespace Governance.Collector.Transport;

/// <summary>Log messages of <see cref="HttpTransport"/>. None of them may carry the API key.</summary>
internal static partial class HttpTransportLog
{
    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Portal answered a batch of {Count} events: {Stored} stored, {Duplicates} duplicates, {Rejected} rejected ({BodyBytes} bytes sent, gzip {Compressed})")]
    public static partial void BatchAnswered(ILogger logger, int count, int stored, int duplicates, int rejected, int bodyBytes, bool compressed);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Portal refused a batch of {Count} events as too large (HTTP 413); sending it in two halves")]
    public static partial void SplittingBatch(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Portal:Url {Url} is plain http to a host other than this machine: the API key travels unencrypted. Use https")]
    public static partial void InsecureUrl(ILogger logger, string url);
}
