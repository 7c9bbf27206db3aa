namespace Governance.Model.Contracts.Cel;

/// <summary>What went wrong when evaluating an expression.</summary>
public enum CelErrorKind
{
    /// <summary>A map or message has no entry for the selected field or key (CEL <c>no_such_key</c>).</summary>
    NoSuchKey,

    /// <summary>Field selection or <c>has()</c> on a value that has no fields (CEL <c>no_such_field</c>).</summary>
    NoSuchField,

    /// <summary>An operator or function does not accept the argument types (CEL <c>no_matching_overload</c>).</summary>
    NoMatchingOverload,

    /// <summary>A call names a function that does not exist.</summary>
    UnknownFunction,

    /// <summary>An identifier is neither a bound variable nor a type name.</summary>
    UndeclaredReference,

    /// <summary>Integer arithmetic, a conversion or a time computation left the range of its type.</summary>
    Overflow,

    /// <summary>Integer division or modulus by zero.</summary>
    DivisionByZero,

    /// <summary>A list index outside the list.</summary>
    IndexOutOfRange,

    /// <summary>An argument has the right type but an unusable value, e.g. <c>int('abc')</c> or a duplicate map key.</summary>
    InvalidArgument,

    /// <summary>A regular expression that does not compile, or uses syntax RE2 does not have.</summary>
    InvalidRegex,

    /// <summary>A rule condition or guard evaluated to something other than a bool.</summary>
    NotBoolean,

    /// <summary>A sandbox limit was exceeded: evaluation steps, produced string or list size, or nesting.</summary>
    LimitExceeded,

    /// <summary>Evaluation (or one regular-expression match) ran past its time limit.</summary>
    Timeout,

    /// <summary>The caller's cancellation token was cancelled.</summary>
    Cancelled,
}

/// <summary>An evaluation error.</summary>
/// <param name="Kind">The category.</param>
/// <param name="Message">What went wrong, without the position, e.g. <c>no such key: 'ssn'</c>.</param>
/// <param name="Position">The sub-expression that failed, when known.</param>
public sealed record CelEvaluationError(CelErrorKind Kind, string Message, CelPosition? Position)
{
    /// <summary>The message with its position, e.g. <c>no such key: 'ssn' at 1:9</c>.</summary>
    public override string ToString() => Position is { } at ? $"{Message} at {at}" : Message;
}

/// <summary>
/// An error travelling through evaluation as a value, so that <c>&amp;&amp;</c>, <c>||</c> and the
/// <c>all</c>/<c>exists</c> macros can absorb it as the specification requires. It never escapes a
/// <see cref="CelResult"/> as a value.
/// </summary>
internal sealed class CelError(CelErrorKind kind, string message, CelPosition position) : CelValue
{
    public CelErrorKind Kind => kind;

    public override string TypeName => "error";

    public CelEvaluationError ToPublic() => new(kind, message, position);

    public override string ToString() => $"error({message})";

    public static CelError NoSuchKey(CelValue key, CelPosition position) =>
        new(CelErrorKind.NoSuchKey, $"no such key: {(key is CelString s ? $"'{CelText.Truncate(s.Value)}'" : CelText.Describe(key))}", position);

    public static CelError NoOverload(string operation, CelPosition position, params ReadOnlySpan<CelValue> operands)
    {
        var types = new string[operands.Length];
        for (var i = 0; i < operands.Length; i++)
        {
            types[i] = operands[i].TypeName;
        }

        return new(CelErrorKind.NoMatchingOverload, $"no matching overload for '{operation}' applied to ({string.Join(", ", types)})", position);
    }
}

/// <summary>
/// A sandbox limit was hit. Unlike <see cref="CelError"/> this is not absorbed by logical operators:
/// <c>runaway() || true</c> must still stop.
/// </summary>
internal sealed class CelLimitExceededException(CelErrorKind kind, string message) : Exception(message)
{
    public CelEvaluationError ToError() => new(kind, Message, null);
}
