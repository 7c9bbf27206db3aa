using System.Globalization;

namespace Governance.Model.Contracts.Cel;

/// <summary>What operators and functions need from one evaluation: its limits, budget and regex cache.</summary>
internal sealed class CelRuntime(CelLimits limits, CelBudget budget, CelRegexCache regexes)
{
    public CelLimits Limits => limits;

    public CelBudget Budget => budget;

    public CelRegexCache Regexes => regexes;

    /// <summary>Checks the size of a string or bytes value about to be produced, and charges for producing it.</summary>
    public void EnsureStringLength(long length)
    {
        if (length > limits.MaxStringLength)
            throw new CelLimitExceededException(CelErrorKind.LimitExceeded, $"a string of {Count(length)} characters exceeds the limit of {Count(limits.MaxStringLength)}");
        budget.Step(length);
    }

    /// <summary>Checks the size of a list or map about to be produced, and charges for producing it.</summary>
    public void EnsureCollectionSize(long count)
    {
        CheckCollectionSize(count);
        budget.Step(count);
    }

    /// <summary>Checks the weight (<see cref="CelValue.Weight"/>) of a collection being produced, without charging for it.</summary>
    public void CheckCollectionSize(long count)
    {
        if (count > limits.MaxCollectionSize)
            throw new CelLimitExceededException(CelErrorKind.LimitExceeded, $"a collection of {Count(count)} elements exceeds the limit of {Count(limits.MaxCollectionSize)}");
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
