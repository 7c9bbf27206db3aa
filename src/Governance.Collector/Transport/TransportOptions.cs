using System.ComponentModel.DataAnnotations;

namespace Governance.Collector.Transport;

/// <summary>Where delivered events go (configuration section <c>Transport</c>).</summary>
public sealed class TransportOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Transport";

    /// <summary>The transport: <c>Http</c> (default; the portal, see <see cref="PortalOptions"/>), <c>Console</c> or <c>File</c>.</summary>
    [EnumDataType(typeof(TransportKind), ErrorMessage = "Transport:Type must be Http, Console or File.")]
    public TransportKind Type { get; set; } = TransportKind.Http;

    /// <summary>For <c>File</c>: the JSON-lines file events are appended to (required then). Relative paths are resolved against the content root.</summary>
    public string? Path { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type == TransportKind.File && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult("Transport:Path is required when Transport:Type is File.", [nameof(Path)]);
        }
    }
}

/// <summary>The available transports.</summary>
public enum TransportKind
{
    /// <summary>POST batches to the portal's ingestion API.</summary>
    Http,

    /// <summary>Write events as JSON lines to standard output.</summary>
    Console,

    /// <summary>Append events as JSON lines to <see cref="TransportOptions.Path"/>.</summary>
    File,
}
