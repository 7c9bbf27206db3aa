using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Contracts;

/// <summary>
/// Semantic validation of a <see cref="DataContract"/>: each problem names the ODCS path of the offending member as
/// the contract is exported (<c>schema[0].properties[2].logicalTypeOptions.minimum</c>). It catches what a schema
/// cannot: contradictory rules (minimum above maximum, an allowed value outside the range, a version both pinned and
/// ranged), malformed values (a pattern that is not a regular expression, a quality rule that is not CEL, a version
/// that is not semantic), dangling references (a rule, or the freshness, on a field that is not in the schema) and
/// impossible service levels (a negative freshness, a required dead-letter topic without a name).
/// </summary>
public static partial class ContractValidator
{
    private static readonly Regex SemanticVersion = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Every problem of <paramref name="contract"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ContractProblem> Validate(DataContract contract, ContractValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var problems = new List<ContractProblem>();
        void Add(string path, string message) => problems.Add(new ContractProblem(ContractProblemKind.Invalid, path, message));

        if (string.IsNullOrWhiteSpace(contract.Id))
        {
            Add("id", "the contract id must not be empty");
        }

        if (contract.Version is null || !SemanticVersion.IsMatch(contract.Version))
        {
            Add("version", $"'{contract.Version}' is not a semantic version (major.minor.patch, e.g. 1.0.0)");
        }

        if (!Enum.IsDefined(contract.Status))
        {
            Add("status", $"unknown status {(int)contract.Status}: use draft, active or deprecated");
        }

        CheckPreserved(contract.Preserved, OdcsMembers.Root, string.Empty, Add);
        CheckDataset(contract, Add);
        CheckServers(contract, Add);
        CheckTeam(contract.Team, Add);
        CheckSchemaReference(contract, options ?? ContractValidationOptions.None, Add);
        CheckServiceLevels(contract, Add);
        CheckCustomProperties(contract, Add);
        CheckFields(contract, Add);
        CheckQualityRules(contract, Add);
        return problems;
    }

    /// <summary>Throws <see cref="ContractValidationException"/> when <paramref name="contract"/> has problems.</summary>
    public static void EnsureValid(DataContract contract, ContractValidationOptions? options = null)
    {
        var problems = Validate(contract, options);
        if (problems.Count > 0)
        {
            throw new ContractValidationException(problems);
        }
    }

    private static void CheckDataset(DataContract contract, Action<string, string> add)
    {
        var dataset = contract.Dataset;
        if (dataset is null)
        {
            if (contract.Fields.Count > 0 || contract.QualityRules.Count > 0)
            {
                add("schema", "fields and quality rules belong to the topic's schema object: name the dataset");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(dataset.Name))
        {
            add(ContractPaths.Dataset + ".name", "the schema object needs a name");
        }

        if (dataset.PhysicalName is not null && string.IsNullOrWhiteSpace(dataset.PhysicalName))
        {
            add(ContractPaths.Dataset + ".physicalName", "the topic name must not be blank");
        }

        CheckPreserved(dataset.Preserved, OdcsMembers.Dataset, ContractPaths.Dataset, add);
    }

    private static void CheckServers(DataContract contract, Action<string, string> add)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < contract.Servers.Count; i++)
        {
            var server = contract.Servers[i];
            var path = ContractPaths.Server(i);
            if (string.IsNullOrWhiteSpace(server.Name))
            {
                add(path + ".server", "the server needs a name");
            }
            else if (!seen.TryAdd(server.Name, i))
            {
                add(path + ".server", $"duplicate server name '{server.Name}' (also {ContractPaths.Server(seen[server.Name])})");
            }

            if (string.IsNullOrWhiteSpace(server.Host))
            {
                add(path + ".host", "a Kafka server needs its bootstrap servers (host)");
            }

            CheckPreserved(server.Preserved, OdcsMembers.Server, path, add);
        }
    }

    private static void CheckTeam(ContractTeam? team, Action<string, string> add)
    {
        if (team is null)
        {
            return;
        }

        CheckPreserved(team.Preserved, OdcsMembers.Team, "team", add);
        for (var i = 0; i < team.Members.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(team.Members[i].Username))
            {
                add(ContractPaths.Member(i) + ".username", "a stakeholder needs a username");
            }

            CheckPreserved(team.Members[i].Preserved, OdcsMembers.Stakeholder, ContractPaths.Member(i), add);
        }
    }

    private static void CheckSchemaReference(DataContract contract, ContractValidationOptions options, Action<string, string> add)
    {
        if (contract.Compatibility is { } compatibility && !Enum.IsDefined(compatibility))
        {
            add(ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.SchemaCompatibility),
                $"unknown compatibility policy {(int)compatibility}: use NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE");
        }

        if (contract.SchemaReference is not { } reference)
        {
            return;
        }

        var subjectPath = ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.SchemaRegistrySubject);
        if (string.IsNullOrWhiteSpace(reference.Subject))
        {
            add(subjectPath, "the Schema Registry subject must not be empty");
        }
        else if (options.IsKnownSubject is { } isKnown && !isKnown(reference.Subject))
        {
            add(subjectPath, $"unknown Schema Registry subject '{reference.Subject}'");
        }

        if (reference.PinnedVersion is < 1)
        {
            add(ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.SchemaRegistryVersion),
                $"pinned schema version {reference.PinnedVersion} is not a version: versions start at 1");
        }

        if (reference.VersionRange is { } range)
        {
            var rangePath = ContractPaths.CustomPropertyValue(contract, OdcsCustomProperties.SchemaRegistryVersionRange);
            if (reference.PinnedVersion is not null)
            {
                add(rangePath, "a schema version is both pinned and given a range: keep one");
            }

            if (!SchemaVersionRange.TryParse(range, out _, out var error))
            {
                add(rangePath, error);
            }
        }
    }

    private static void CheckScalarJson(string json, string path, Action<string, string> add)
    {
        if (!IsJson(json, out var error))
        {
            add(path, "not JSON: " + error);
            return;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            add(path, "an SLA value must be a string, number, boolean or null");
        }
    }

    private static bool IsJson(string? json, out string error)
    {
        try
        {
            using var _ = JsonDocument.Parse(json ?? string.Empty);
            error = string.Empty;
            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static void CheckPreserved(ValueList<PreservedMember> preserved, OdcsMembers.Member kind, string objectPath, Action<string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in preserved)
        {
            var path = objectPath.Length == 0 ? member.Name : objectPath + "." + member.Name;
            var problem = kind.Problem(member) ?? (seen.Add(member.Name) ? null : $"'{member.Name}' is preserved twice");
            if (problem is not null)
            {
                add(path, problem);
            }
        }
    }
}
