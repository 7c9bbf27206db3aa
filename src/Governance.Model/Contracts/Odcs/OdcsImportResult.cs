namespace Governance.Model.Contracts.Odcs;

/// <summary>The outcome of <see cref="OdcsYaml.Import"/>: a contract, or the reasons there is none.</summary>
/// <param name="Contract">The imported contract; <see langword="null"/> when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Why the document was rejected, each naming its ODCS path and, where it has one, its line and column.</param>
/// <param name="Notes">What was read differently from how it was written (e.g. <c>status: production</c> read as active, or rule members not kept).</param>
public sealed record OdcsImportResult(DataContract? Contract, IReadOnlyList<ContractProblem> Problems, IReadOnlyList<ContractProblem> Notes)
{
    /// <summary>Whether the document was imported.</summary>
    public bool Succeeded => Contract is not null;
}
