using Governance.Model.Contracts.Compatibility;
using Governance.Web.Data.Entities;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// The schema evolution rules of a contract: each newly registered version of its subject is
/// compatible with its predecessors under the contract's policy, and the registry holds the subject
/// to a level at least as strict as that policy.
/// </summary>
internal static class CompatibilityRules
{
    /// <summary>Rule key of the compatibility of the subject's newest version.</summary>
    public const string CompatibilityKey = "compatibility";

    /// <summary>Rule key of the registry's compatibility level for the subject.</summary>
    public const string LevelKey = "compatibility.level";

    /// <summary>
    /// Checks <paramref name="candidate"/> against <paramref name="predecessorsOldestFirst"/> (the subject's
    /// earlier versions known to the catalog). No outcome when nothing could be checked: no policy, a
    /// schema type the checker does not read, or a schema it cannot parse (the registry accepted it, so
    /// the fault would be the checker's, not the producer's).
    /// </summary>
    /// <param name="referenced">Schemas of other subjects the versions use, by reference name.</param>
    public static RuleOutcome? Check(
        CompatibilityPolicy? policy, string subject, RegisteredSchema candidate, IReadOnlyList<RegistrySchemaVersion> predecessorsOldestFirst,
        IReadOnlyDictionary<string, string> referenced, long? eventId)
    {
        if (policy is not { } required || candidate.Schema is null)
        {
            return null;
        }

        var result = Compare(candidate.SchemaType, candidate.Schema, predecessorsOldestFirst.Select(p => p.Schema).ToList(), required, referenced);
        if (result.Outcome is CompatibilityOutcome.InvalidSchema or CompatibilityOutcome.UnsupportedSchemaType)
        {
            return null;
        }

        var checkedVersions = required.PreviousVersionsToCheck(predecessorsOldestFirst.Count).Select(i => predecessorsOldestFirst[i].Version).ToList();
        var changes = result.BreakingChanges.Select(c => new
        {
            c.Location,
            c.Kind,
            c.Message,
            Direction = c.Direction.ToString().ToUpperInvariant(),
            PreviousVersion = predecessorsOldestFirst[c.PreviousVersionIndex].Version,
        }).ToList();
        var policyName = required.ToConfluentName();
        var message = result.IsCompatible
            ? $"Version {candidate.Version} of {subject} is {policyName} compatible with {Versions(checkedVersions)}."
            : $"Version {candidate.Version} of {subject} (schema id {candidate.SchemaId}) breaks {policyName} compatibility with "
              + $"{Versions(changes.Select(c => c.PreviousVersion).Distinct().ToList())}: {changes.Count} breaking change(s), first: {changes[0].Message}";
        return new RuleOutcome(CompatibilityKey, ViolationKinds.Compatibility, ViolationSeverities.Error, result.IsCompatible, message, new
        {
            subject,
            version = candidate.Version,
            schemaId = candidate.SchemaId,
            schemaType = candidate.SchemaType,
            policy = policyName,
            checkedAgainst = checkedVersions,
            breakingChanges = changes,
            rawEventId = eventId,
        });
    }

    /// <summary>
    /// <see cref="SchemaCompatibility.Check"/> on texts made self-contained first: Avro types defined
    /// in referenced subjects are put in place (JSON Schema compares external references by their text).
    /// </summary>
    public static CompatibilityResult Compare(
        string schemaType, string candidate, IReadOnlyList<string> previousOldestFirst, CompatibilityPolicy policy, IReadOnlyDictionary<string, string> referenced)
    {
        var avro = string.IsNullOrWhiteSpace(schemaType) || schemaType.Equals(SchemaCompatibility.Avro, StringComparison.OrdinalIgnoreCase);
        return avro && referenced.Count > 0
            ? SchemaCompatibility.Check(schemaType, AvroReferences.Inline(candidate, referenced),
                previousOldestFirst.Select(p => AvroReferences.Inline(p, referenced)).ToList(), policy)
            : SchemaCompatibility.Check(schemaType, candidate, previousOldestFirst, policy);
    }

    /// <summary>Whether the registry's level for the subject is at least as strict as the contract's policy.</summary>
    public static RuleOutcome? Level(CompatibilityPolicy? policy, RegistrySubject subject, long? eventId)
    {
        if (policy is not { } required || !CompatibilityPolicies.TryParse(subject.Compatibility, out var actual))
        {
            return null;
        }

        var kept = Satisfies(actual, required);
        var source = subject.CompatibilityInherited ? " (the registry's global level)" : "";
        var message = kept
            ? $"The registry holds {subject.Subject} to {actual.ToConfluentName()}{source}, which keeps the contract's {required.ToConfluentName()}."
            : $"The registry holds {subject.Subject} to {actual.ToConfluentName()}{source}, weaker than the contract's {required.ToConfluentName()}: "
              + "the registry would accept versions the contract forbids.";
        return new RuleOutcome(LevelKey, ViolationKinds.CompatibilityLevel, ViolationSeverities.Error, kept, message, new
        {
            subject = subject.Subject,
            registryLevel = actual.ToConfluentName(),
            inherited = subject.CompatibilityInherited,
            contractPolicy = required.ToConfluentName(),
            version = subject.Newest.Version,
            rawEventId = eventId,
        });
    }

    /// <summary>
    /// A level satisfies a policy when it checks every direction the policy checks, and against every
    /// previous version whenever the policy is transitive (FULL satisfies BACKWARD; BACKWARD does not
    /// satisfy BACKWARD_TRANSITIVE; anything satisfies NONE).
    /// </summary>
    public static bool Satisfies(CompatibilityPolicy actual, CompatibilityPolicy required) =>
        required.Directions().All(actual.Directions().Contains) && (!required.IsTransitive() || actual.IsTransitive());

    private static string Versions(IReadOnlyList<int> versions) => versions.Count switch
    {
        0 => "no earlier version known to the catalog",
        1 => $"version {versions[0]}",
        _ => $"versions {string.Join(", ", versions)}",
    };
}
