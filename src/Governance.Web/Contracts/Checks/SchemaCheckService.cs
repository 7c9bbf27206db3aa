using System.Text.Json;
using Governance.Model.Contracts.Compatibility;
using Governance.Web.Catalog.Dtos;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Data;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Contracts.Checks;

/// <summary>
/// The pre-registration check: would the registry accept this schema for this subject under the
/// policy that governs it (the contract's, else the registry's level), which changes break readers,
/// and which downstream jobs (with their owners) read the subject's topics or anything derived from them.
/// The registered versions compared with are those the catalog has seen (see <see cref="RegistrySchemaVersion"/>).
/// </summary>
public sealed class SchemaCheckService(IDbContextFactory<GovernanceDbContext> contexts, InForceContracts contracts, DownstreamConsumers downstream)
{
    /// <summary>Registry's default level, assumed when neither a contract nor the registry says.</summary>
    private const CompatibilityPolicy RegistryDefault = CompatibilityPolicy.Backward;

    /// <summary>Checks the request; a request that cannot be checked at all comes back as errors by field.</summary>
    public async Task<(SchemaCheckResult? Result, Dictionary<string, string[]> Errors)> CheckAsync(SchemaCheckRequest request, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var subject = request.Subject!.Trim();
        var schemaType = string.IsNullOrWhiteSpace(request.SchemaType) ? SchemaCompatibility.Avro : request.SchemaType.Trim().ToUpperInvariant();
        var requestedNamespace = string.IsNullOrWhiteSpace(request.Namespace) ? null : request.Namespace.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);

        var governing = (await contracts.ForSubjectAsync(db, subject, ct)).ToList();
        var states = new List<ContractState>();
        foreach (var contract in governing)
        {
            states.Add(await ContractState.LoadAsync(db, contract, ct));
        }

        var topics = await TopicsAsync(db, subject, requestedNamespace, states, ct);
        var registries = await db.RegistrySchemaVersions.AsNoTracking().Where(v => v.Subject == subject).Select(v => v.Namespace).Distinct().ToListAsync(ct);
        var ns = requestedNamespace
                 ?? (registries.Count == 1 ? registries[0] : null)
                 ?? states.Select(s => s.Namespace).FirstOrDefault(registries.Contains);
        if (ns is null && registries.Count > 1)
        {
            return (null, new() { ["namespace"] = [$"Subject '{subject}' is known in several registries ({string.Join(", ", registries.Order())}): say which with 'namespace'."] });
        }

        var versions = ns is null ? [] : await db.RegistrySchemaVersions.AsNoTracking()
            .Where(v => v.Namespace == ns && v.Subject == subject).OrderBy(v => v.Version).ToListAsync(ct);
        var notes = new List<string>();
        var policies = Policies(governing, topics.RegistrySubjects, notes);
        var (changes, problems, checkedAgainst, outcome) = Compare(schemaType, request.Schema!, versions, policies, RegistrySubject.Merge(topics.RegistrySubjects));
        if (versions.Count == 0)
        {
            notes.Add($"No registered version of '{subject}' is known to the catalog, so there is nothing to break: the first version is always accepted.");
        }

        var consumers = await downstream.FindAsync(topics.Topics, ct);
        return (new SchemaCheckResult(
            outcome == CompatibilityOutcome.Compatible,
            Name(outcome),
            string.Join(", ", policies.Select(p => p.Policy.ToConfluentName()).Distinct()),
            policies[0].Source,
            governing.Select((c, i) => new CheckedContract(c.Entity.Key, c.Entity.Name, c.Entity.Owner, c.Contract.Compatibility?.ToConfluentName(),
                new EntityId(states[i].Namespace, states[i].Dataset?.Name ?? c.Entity.DatasetName))).ToList(),
            subject,
            ns,
            checkedAgainst,
            versions.Select(v => v.Version).ToList(),
            changes,
            problems,
            topics.Topics,
            consumers,
            notes), []);
    }

    /// <summary>Every subject the catalog knows versions of, for pickers.</summary>
    public async Task<IReadOnlyList<string>> SubjectsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RegistrySchemaVersions.AsNoTracking().Select(v => v.Subject).Distinct().OrderBy(s => s).ToListAsync(ct);
    }

    /// <summary>The newest registered version's text and type, to start an edit from.</summary>
    public async Task<RegistrySchemaVersion?> LatestAsync(string subject, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RegistrySchemaVersions.AsNoTracking().Where(v => v.Subject == subject)
            .OrderByDescending(v => v.Version).ThenBy(v => v.Namespace).FirstOrDefaultAsync(ct);
    }

    private static Dictionary<string, string[]> Validate(SchemaCheckRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            errors["subject"] = ["Name the Schema Registry subject, e.g. 'orders.v1-value'."];
        }

        if (string.IsNullOrWhiteSpace(request.Schema))
        {
            errors["schema"] = ["Give the schema text to check, as it would be registered."];
        }

        if (!string.IsNullOrWhiteSpace(request.SchemaType)
            && request.SchemaType.Trim().ToUpperInvariant() is not (SchemaCompatibility.Avro or SchemaCompatibility.Json or SchemaCompatibility.Protobuf))
        {
            errors["schemaType"] = [$"'{request.SchemaType}' is not a schema type: use AVRO, JSON or PROTOBUF."];
        }

        return errors;
    }

    /// <summary>The policies to check under: each governing contract's, else the registry's level for the subject, else its default.</summary>
    private static List<(CompatibilityPolicy Policy, string Source)> Policies(
        List<GovernedContract> governing, IReadOnlyList<RegistrySubject> registry, List<string> notes)
    {
        var fromContracts = governing.Where(c => c.Contract.Compatibility is not null)
            .Select(c => (c.Contract.Compatibility!.Value, "CONTRACT")).Distinct().ToList();
        if (fromContracts.Count > 0)
        {
            notes.Add($"The policy is the contract's ({string.Join(", ", governing.Where(c => c.Contract.Compatibility is not null).Select(c => c.Entity.Key))}).");
            return fromContracts;
        }

        if (governing.Count > 0)
        {
            notes.Add("The contract governing the subject sets no compatibility policy, so the registry's level applies.");
        }
        else
        {
            notes.Add("No contract in force governs the subject, so the registry's level applies.");
        }

        var levels = registry.Select(r => r.Compatibility).OfType<string>()
            .Select(l => CompatibilityPolicies.TryParse(l, out var p) ? p : (CompatibilityPolicy?)null).OfType<CompatibilityPolicy>().Distinct().ToList();
        if (levels.Count > 0)
        {
            return levels.Select(l => (l, "REGISTRY")).ToList();
        }

        notes.Add($"The registry's level for the subject is not known to the catalog; the registry's default, {RegistryDefault.ToConfluentName()}, is assumed.");
        return [(RegistryDefault, "REGISTRY_DEFAULT")];
    }

    private static (List<BreakingChangeDto>, List<string>, List<int>, CompatibilityOutcome) Compare(
        string schemaType, string schema, List<RegistrySchemaVersion> versions, List<(CompatibilityPolicy Policy, string Source)> policies,
        IReadOnlyDictionary<string, string> referenced)
    {
        var changes = new List<BreakingChangeDto>();
        var problems = new List<string>();
        var checkedAgainst = new SortedSet<int>();
        var outcome = CompatibilityOutcome.Compatible;
        foreach (var (policy, _) in policies)
        {
            var result = CompatibilityRules.Compare(schemaType, schema, versions.Select(v => v.Schema).ToList(), policy, referenced);
            checkedAgainst.UnionWith(policy.PreviousVersionsToCheck(versions.Count).Select(i => versions[i].Version));
            changes.AddRange(result.BreakingChanges.Select(c => new BreakingChangeDto(
                c.Location, c.Kind, c.Message, c.Direction.ToString().ToUpperInvariant(), versions[c.PreviousVersionIndex].Version, policy.ToConfluentName())));
            problems.AddRange(result.Problems.Select(p => p.PreviousVersionIndex is { } i
                ? p.Message.Replace($"Previous version {i + 1} (index {i})", $"Registered version {versions[i].Version}", StringComparison.Ordinal)
                : p.Message));
            // The worst outcome wins (the outcomes are declared from best to worst).
            if (result.Outcome > outcome)
            {
                outcome = result.Outcome;
            }
        }

        return (changes.Distinct().ToList(), problems.Distinct().ToList(), checkedAgainst.ToList(), outcome);
    }

    private static string Name(CompatibilityOutcome outcome) => outcome switch
    {
        CompatibilityOutcome.Compatible => "COMPATIBLE",
        CompatibilityOutcome.Incompatible => "INCOMPATIBLE",
        CompatibilityOutcome.InvalidSchema => "INVALID_SCHEMA",
        _ => "UNSUPPORTED_SCHEMA_TYPE",
    };

    /// <summary>
    /// The topics whose records use the subject: those whose registry facet lists it (the collector
    /// resolves record-name strategies from sampled schema ids), and the contracts' topics.
    /// </summary>
    private static async Task<(List<EntityId> Topics, List<RegistrySubject> RegistrySubjects)> TopicsAsync(
        GovernanceDbContext db, string subject, string? ns, List<ContractState> contracts, CancellationToken ct)
    {
        // Facets are stored as compact JSON, so the entry's subject member appears exactly like this.
        var needle = "\"subject\":" + JsonSerializer.Serialize(subject);
        var candidates = await db.Datasets.AsNoTracking()
            .Where(d => d.DeletedAt == null && d.FacetsJson.Contains(needle) && (ns == null || d.Namespace.Name == ns))
            .Select(d => new { Namespace = d.Namespace.Name, d.Name, d.FacetsJson })
            .ToListAsync(ct);
        var topics = new List<EntityId>();
        var entries = new List<RegistrySubject>();
        foreach (var candidate in candidates)
        {
            var listed = RegistryFacet.ReadFromFacets(candidate.FacetsJson).Where(s => s.Subject == subject).ToList();
            if (listed.Count > 0)
            {
                topics.Add(new EntityId(candidate.Namespace, candidate.Name));
                entries.AddRange(listed);
            }
        }

        topics.AddRange(contracts.Where(c => c.Dataset is not null && (ns == null || c.Namespace == ns))
            .Select(c => new EntityId(c.Namespace, c.Dataset!.Name)));
        return (topics.Distinct().OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList(), entries);
    }
}
