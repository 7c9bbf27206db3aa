namespace Governance.Model.Contracts.Compatibility;

/// <summary>The overall answer of a compatibility check.</summary>
public enum CompatibilityOutcome
{
    /// <summary>The new schema satisfies the policy against every version the policy checks.</summary>
    Compatible,

    /// <summary>At least one breaking change; see <see cref="CompatibilityResult.BreakingChanges"/>.</summary>
    Incompatible,

    /// <summary>The new schema or a previous version it must be checked against could not be read; see <see cref="CompatibilityResult.Problems"/>.</summary>
    InvalidSchema,

    /// <summary>The schema type is not one this library checks; nothing was checked.</summary>
    UnsupportedSchemaType,
}

/// <summary>A schema that could not be checked, and why.</summary>
/// <param name="PreviousVersionIndex">Index of the previous version at fault (oldest first), or <c>null</c> for the new schema.</param>
/// <param name="Message">Which schema, where in it and what is wrong, e.g. "The new schema is not a valid Avro schema: at $.fields[1].type: ...".</param>
public sealed record SchemaProblem(int? PreviousVersionIndex, string Message);

/// <summary>The result of <see cref="SchemaCompatibility.Check"/>.</summary>
public sealed record CompatibilityResult
{
    private CompatibilityResult(
        CompatibilityOutcome outcome,
        CompatibilityPolicy policy,
        string schemaType,
        IReadOnlyList<BreakingChange> breakingChanges,
        IReadOnlyList<SchemaProblem> problems)
    {
        Outcome = outcome;
        Policy = policy;
        SchemaType = schemaType;
        BreakingChanges = breakingChanges;
        Problems = problems;
    }

    /// <summary>Compatible, incompatible, or why nothing could be decided.</summary>
    public CompatibilityOutcome Outcome { get; }

    /// <summary>True only for <see cref="CompatibilityOutcome.Compatible"/>: an invalid or unsupported schema is never compatible.</summary>
    public bool IsCompatible => Outcome == CompatibilityOutcome.Compatible;

    /// <summary>The policy that was checked.</summary>
    public CompatibilityPolicy Policy { get; }

    /// <summary>The schema type that was checked, upper case (<c>AVRO</c>, <c>JSON</c>, ...).</summary>
    public string SchemaType { get; }

    /// <summary>Every breaking change, ordered by previous version, then direction (backward first), then position in the schema.</summary>
    public IReadOnlyList<BreakingChange> BreakingChanges { get; }

    /// <summary>Why the schemas could not be checked (empty unless the outcome is invalid or unsupported).</summary>
    public IReadOnlyList<SchemaProblem> Problems { get; }

    internal static CompatibilityResult FromChanges(CompatibilityPolicy policy, string schemaType, IReadOnlyList<BreakingChange> changes) =>
        new(changes.Count == 0 ? CompatibilityOutcome.Compatible : CompatibilityOutcome.Incompatible, policy, schemaType, changes, []);

    internal static CompatibilityResult Invalid(CompatibilityPolicy policy, string schemaType, IReadOnlyList<SchemaProblem> problems) =>
        new(CompatibilityOutcome.InvalidSchema, policy, schemaType, [], problems);

    internal static CompatibilityResult Unsupported(CompatibilityPolicy policy, string schemaType, string message) =>
        new(CompatibilityOutcome.UnsupportedSchemaType, policy, schemaType, [], [new SchemaProblem(null, message)]);
}
