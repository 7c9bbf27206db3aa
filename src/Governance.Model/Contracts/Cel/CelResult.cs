using System.Diagnostics.CodeAnalysis;

namespace Governance.Model.Contracts.Cel;

/// <summary>The outcome of evaluating a CEL program: a value or an error, never both.</summary>
public sealed class CelResult
{
    private CelResult(CelValue? value, CelEvaluationError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value, when evaluation succeeded.</summary>
    public CelValue? Value { get; }

    /// <summary>The error, when evaluation failed.</summary>
    public CelEvaluationError? Error { get; }

    /// <summary>Whether evaluation produced a value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;

    /// <summary>Whether evaluation failed.</summary>
    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsFailure => Error is not null;

    /// <summary>Whether the value is the bool <c>true</c> (a passed condition).</summary>
    public bool IsTrue => Value is CelBool { Value: true };

    internal static CelResult Success(CelValue value) => new(value, null);

    internal static CelResult Failure(CelEvaluationError error) => new(null, error);

    /// <summary>The value as a CEL literal, or <c>error: …</c>.</summary>
    public override string ToString() => IsSuccess ? Value.ToString()! : $"error: {Error}";
}
