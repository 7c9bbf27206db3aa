using Governance.Model.Contracts;

namespace Governance.Web.Contracts;

/// <summary>
/// The lengths the store's columns hold. A contract exceeding one is refused with the member named, rather than
/// failing inside the database (or being cut short silently).
/// </summary>
internal static class ContractStorageLimits
{
    public const int Key = 256;
    public const int Name = 256;
    public const int Version = 64;
    public const int Owner = 256;
    public const int Subject = 512;
    public const int Topic = 512;
    public const int Actor = 256;
    public const int Comment = 2048;

    /// <summary>Problems for members too long to store; paths as the contract is exported.</summary>
    public static IReadOnlyList<ContractProblem> Check(DataContract contract)
    {
        var problems = new List<ContractProblem>();
        void Limit(string? value, int max, string path, string what)
        {
            if (value is not null && value.Length > max)
            {
                problems.Add(new ContractProblem(ContractProblemKind.Invalid, path, $"{what} is {value.Length} characters long; at most {max} are kept"));
            }
        }

        Limit(contract.Id, Key, "id", "the contract id");
        Limit(contract.Name, Name, "name", "the contract name");
        Limit(contract.Version, Version, "version", "the version");
        Limit(contract.Owner, Owner, "team.name", "the owning team's name");
        Limit(contract.Dataset?.Name, Topic, "schema[0].name", "the schema object's name");
        Limit(contract.Dataset?.PhysicalName, Topic, "schema[0].physicalName", "the topic name");
        Limit(contract.SchemaReference?.Subject, Subject, "customProperties[0].value", "the Schema Registry subject");
        return problems;
    }

    /// <summary>Who acted, as stored (identities longer than the column are shortened: they are labels, not keys).</summary>
    public static string ActorName(string? actor) =>
        string.IsNullOrWhiteSpace(actor) ? "unknown" : actor.Trim().Length <= Actor ? actor.Trim() : actor.Trim()[..Actor];
}
