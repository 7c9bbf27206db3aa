namespace Governance.Model.OpenLineage;

/// <summary>
/// Thrown by <see cref="OpenLineageJson.ParseEvent(System.Text.Json.JsonElement)"/> when the input cannot be shaped
/// into an event at all: not JSON, not an object, unknown event type, or a missing/mistyped part the model needs
/// (<c>run.runId</c>, <c>job.namespace</c>/<c>name</c>, dataset <c>namespace</c>/<c>name</c>, <c>eventTime</c>,
/// <c>producer</c>). Spec conformance beyond that is the validator's job, not the parser's.
/// </summary>
public sealed class OpenLineageFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">JSON path of the offending element, e.g. <c>$.run.runId</c>.</param>
    /// <param name="message">What is wrong there.</param>
    public OpenLineageFormatException(string path, string message)
        : this(path, message, null)
    {
    }

    /// <summary>Creates the exception with the underlying cause.</summary>
    /// <param name="path">JSON path of the offending element, e.g. <c>$.inputs[0].name</c>.</param>
    /// <param name="message">What is wrong there.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public OpenLineageFormatException(string path, string message, Exception? innerException)
        : base($"{path}: {message}", innerException)
    {
        Path = path;
        Problem = message;
    }

    /// <summary>JSON path of the offending element (<c>$</c> for the document itself).</summary>
    public string Path { get; }

    /// <summary>The problem without the path prefix of <see cref="Exception.Message"/>.</summary>
    public string Problem { get; }
}
