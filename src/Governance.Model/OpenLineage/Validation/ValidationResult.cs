namespace Governance.Model.OpenLineage.Validation;

/// <summary>Outcome of validating one OpenLineage event with <see cref="OpenLineageValidator"/>.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(string? eventSchema, IReadOnlyList<ValidationIssue> errors, IReadOnlyList<ValidationIssue> warnings)
    {
        EventSchema = eventSchema;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>
    /// The core schema definition the event was validated against: <c>RunEvent</c>, <c>DatasetEvent</c> or
    /// <c>JobEvent</c>; <see langword="null"/> when the input was not a JSON object.
    /// </summary>
    public string? EventSchema { get; }

    /// <summary>Structural problems: an event with any error should be rejected.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>Problems tolerated by the leniency policy documented on <see cref="OpenLineageValidator"/>.</summary>
    public IReadOnlyList<ValidationIssue> Warnings { get; }

    /// <summary><see langword="true"/> when there are no <see cref="Errors"/> (warnings do not count).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var lines = new List<string> { $"{EventSchema ?? "?"}: {Errors.Count} error(s), {Warnings.Count} warning(s)" };
        lines.AddRange(Errors.Select(e => "  error   " + e));
        lines.AddRange(Warnings.Select(w => "  warning " + w));
        return string.Join(Environment.NewLine, lines);
    }
}
