namespace Governance.Collector.SchemaRegistry;

/// <summary>
/// A Schema Registry error: the HTTP status and the registry's <c>error_code</c> and <c>message</c>
/// (e.g. 404 / 40401 "Subject not found"). <see cref="StatusCode"/> is 0 when no answer came at all
/// (transport failure or timeout, see <see cref="Exception.InnerException"/>).
/// </summary>
public sealed class SchemaRegistryException(int statusCode, int errorCode, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Subject not found.</summary>
    public const int SubjectNotFound = 40401;

    /// <summary>Version not found.</summary>
    public const int VersionNotFound = 40402;

    /// <summary>Schema not found.</summary>
    public const int SchemaNotFound = 40403;

    /// <summary>No subject-level compatibility configured.</summary>
    public const int SubjectLevelCompatibilityNotConfigured = 40408;

    /// <summary>HTTP status, or 0 without an answer.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The registry's error code (e.g. 40401), or the HTTP status when the body had none.</summary>
    public int ErrorCode { get; } = errorCode;

    /// <summary>True when no HTTP answer came (transport failure or timeout).</summary>
    public bool IsTransportFailure => StatusCode == 0;
}
