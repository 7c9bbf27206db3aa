namespace Governance.Model.Contracts;

/// <summary>Thrown when a contract with problems is used where a valid one is required (e.g. export).</summary>
public sealed class ContractValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/>.</summary>
    public ContractValidationException(IReadOnlyList<ContractProblem> problems)
        : base("The contract is not valid: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>What is wrong, each naming its ODCS path.</summary>
    public IReadOnlyList<ContractProblem> Problems { get; }
}
