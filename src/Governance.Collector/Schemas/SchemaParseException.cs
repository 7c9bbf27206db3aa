namespace Governance.Collector.Schemas;

/// <summary>
/// A schema (or the data-contract metadata of one) could not be read. The message names the format, where the
/// problem is (field path, or line and column for Protobuf) and what was expected, so that the collector can
/// record it as a scan problem as is.
/// </summary>
public sealed class SchemaParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="schemaType">The format being read: <c>AVRO</c>, <c>JSON</c>, <c>PROTOBUF</c> or <c>METADATA</c>.</param>
    /// <param name="message">What is wrong, without the format prefix (it is added).</param>
    /// <param name="innerException">The underlying error, e.g. a <see cref="System.Text.Json.JsonException"/>.</param>
    public SchemaParseException(string schemaType, string message, Exception? innerException = null)
        : base($"{schemaType} schema: {message}", innerException)
    {
        SchemaType = schemaType;
    }

    /// <summary>The format being read: <c>AVRO</c>, <c>JSON</c>, <c>PROTOBUF</c> or <c>METADATA</c> (data-contract metadata).</summary>
    public string SchemaType { get; }
}
