namespace Governance.Model.Contracts;

/// <summary>The team that owns the contract and its stakeholders (ODCS <c>team</c>).</summary>
public sealed record ContractTeam
{
    /// <summary>Name of the owning team (ODCS <c>team.name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>What the team does (ODCS <c>team.description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Stakeholders (ODCS <c>team.members</c>).</summary>
    public ValueList<ContractStakeholder> Members { get; init; } = [];

    /// <summary>ODCS members of the team that are kept but not interpreted (e.g. <c>tags</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];
}

/// <summary>A person with a role on the contract (ODCS <c>team.members[i]</c>).</summary>
public sealed record ContractStakeholder
{
    /// <summary>User name or e-mail (ODCS <c>username</c>).</summary>
    public required string Username { get; init; }

    /// <summary>Display name (ODCS <c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Role, e.g. <c>owner</c>, <c>data steward</c> (ODCS <c>role</c>).</summary>
    public string? Role { get; init; }

    /// <summary>Description (ODCS <c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>ODCS members kept but not interpreted (e.g. <c>dateIn</c>, <c>replacedByUsername</c>).</summary>
    public ValueList<PreservedMember> Preserved { get; init; } = [];
}
