using Governance.Model.Contracts.Compatibility.Avro;
using Governance.Model.Contracts.Compatibility.Json;

namespace Governance.Model.Contracts.Compatibility;

/// <summary>
/// Checks a new schema against the previous versions of a subject under a <see cref="CompatibilityPolicy"/>, with
/// Confluent Schema Registry's semantics: Avro by the Avro specification's schema resolution rules, JSON Schema by
/// Confluent's JSON Schema difference rules. Schema references to other subjects are not resolved.
/// </summary>
public static class SchemaCompatibility
{
    /// <summary>Schema Registry's name of the Avro schema type (the default when no type is given).</summary>
    public const string Avro = "AVRO";

    /// <summary>Schema Registry's name of the JSON Schema schema type.</summary>
    public const string Json = "JSON";

    /// <summary>Schema Registry's name of the Protobuf schema type (not checked yet).</summary>
    public const string Protobuf = "PROTOBUF";

    /// <summary>
    /// Checks <paramref name="candidate"/> against <paramref name="previousOldestFirst"/> under <paramref name="policy"/>.
    /// Never throws for malformed schemas: they give an <see cref="CompatibilityOutcome.InvalidSchema"/> result naming
    /// the schema and the fault. Only the previous versions the policy checks are read.
    /// </summary>
    /// <param name="schemaType"><c>AVRO</c>, <c>JSON</c> or <c>PROTOBUF</c> (case-insensitive); null or blank means AVRO, as in Schema Registry.</param>
    /// <param name="candidate">The new schema text.</param>
    /// <param name="previousOldestFirst">The subject's registered schema texts, oldest first (the last is the latest).</param>
    /// <param name="policy">The compatibility level to enforce.</param>
    /// <returns>The outcome with every breaking change, or why nothing could be checked.</returns>
    public static CompatibilityResult Check(
        string? schemaType,
        string candidate,
        IReadOnlyList<string> previousOldestFirst,
        CompatibilityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(previousOldestFirst);
        var type = string.IsNullOrWhiteSpace(schemaType) ? Avro : schemaType.Trim().ToUpperInvariant();
        ISchemaFormat? format = type switch
        {
            Avro => AvroSchemaFormat.Instance,
            Json => JsonSchemaFormat.Instance,
            _ => null,
        };
        if (format is null)
        {
            var why = type == Protobuf
                ? "Compatibility checking of PROTOBUF schemas is not supported yet; the schema was not checked."
                : $"Unknown schema type '{schemaType}'; expected {Avro}, {Json} or {Protobuf}. The schema was not checked.";
            return CompatibilityResult.Unsupported(policy, type, why);
        }

        var versions = policy.PreviousVersionsToCheck(previousOldestFirst.Count);
        var problems = new List<SchemaProblem>();
        var parsedCandidate = TryParse(format, candidate, null, problems);
        var parsedPrevious = versions.ToDictionary(i => i, i => TryParse(format, previousOldestFirst[i], i, problems));
        if (problems.Count > 0)
        {
            return CompatibilityResult.Invalid(policy, type, problems);
        }

        var changes = new List<BreakingChange>();
        foreach (var index in versions)
        {
            foreach (var direction in policy.Directions())
            {
                changes.AddRange(Compare(format, parsedCandidate!, parsedPrevious[index]!, direction, index));
            }
        }

        return CompatibilityResult.FromChanges(policy, type, changes);
    }

    private static IEnumerable<BreakingChange> Compare(
        ISchemaFormat format, object candidate, object previous, CompatibilityDirection direction, int index)
    {
        var previousLabel = PreviousLabel(index);
        var backward = direction == CompatibilityDirection.Backward;
        var labels = backward ? new RoleLabels(NewLabel, previousLabel) : new RoleLabels(previousLabel, NewLabel);
        var consequence = backward
            ? $"Breaks BACKWARD compatibility: consumers using the new schema cannot read data produced with {previousLabel}."
            : $"Breaks FORWARD compatibility: consumers still using {previousLabel} cannot read data produced with the new schema.";
        var (reader, writer) = backward ? (candidate, previous) : (previous, candidate);
        return format.FindIncompatibilities(reader, writer, labels)
            .Select(i => new BreakingChange(i.Location, i.Kind, $"At {i.Location}: {i.Description} {consequence}", direction, index));
    }

    private static object? TryParse(ISchemaFormat format, string text, int? previousIndex, List<SchemaProblem> problems)
    {
        try
        {
            return format.Parse(text);
        }
        catch (SchemaFormatException e)
        {
            var which = previousIndex is { } i ? $"Previous version {i + 1} (index {i})" : "The new schema";
            problems.Add(new SchemaProblem(previousIndex, $"{which} is not a valid {format.DisplayName} schema: {e.Message}"));
            return null;
        }
    }

    private const string NewLabel = "the new schema";

    private static string PreviousLabel(int index) => $"previous version {index + 1}";
}
