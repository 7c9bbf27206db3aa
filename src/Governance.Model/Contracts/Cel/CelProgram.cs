namespace Governance.Model.Contracts.Cel;

/// <summary>
/// A parsed CEL expression, ready to evaluate any number of times (concurrently too) against
/// different variables. Parsing enforces the size and depth limits; evaluation enforces the rest.
/// </summary>
/// <example>
/// <code>
/// var program = CelProgram.Parse("message.total > 0 &amp;&amp; size(message.items) > 0");
/// var result = program.EvaluateCondition(CelActivation.ForMessage(json));
/// if (result.IsFailure) … result.Error … else if (!result.IsTrue) … rule violated …
/// </code>
/// </example>
public sealed class CelProgram
{
    private readonly CelRegexCache _regexes = new();

    private CelProgram(string source, CelExpr expression, CelLimits limits)
    {
        Source = source;
        Expression = expression;
        Limits = limits;
    }

    /// <summary>The source text of the expression.</summary>
    public string Source { get; }

    /// <summary>The syntax tree.</summary>
    public CelExpr Expression { get; }

    /// <summary>The limits parsing used and evaluation will use.</summary>
    public CelLimits Limits { get; }

    /// <summary>Parses an expression.</summary>
    /// <param name="source">CEL source text.</param>
    /// <param name="limits">Sandbox limits; <see cref="CelLimits.Default"/> when omitted.</param>
    /// <exception cref="CelParseException">The text is not a valid expression, or exceeds a limit.</exception>
    public static CelProgram Parse(string source, CelLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ParseSegment(source, 0, source.Length, limits ?? CelLimits.Default);
    }

    /// <summary>Parses part of a text, reporting positions relative to the whole text.</summary>
    internal static CelProgram ParseSegment(string source, int start, int end, CelLimits limits)
    {
        limits.Validate();
        if (end - start > limits.MaxSourceLength)
            throw new CelParseException($"expression is {end - start} characters long; the limit is {limits.MaxSourceLength}", CelLexer.PositionAt(source, start));
        return new CelProgram(source[start..end], CelParser.Parse(source, start, end, limits), limits);
    }

    /// <summary>Evaluates the expression.</summary>
    /// <param name="activation">The variables, e.g. <see cref="CelActivation.ForMessage"/>.</param>
    /// <param name="cancellationToken">Stops evaluation early; a cancelled evaluation is a <see cref="CelErrorKind.Cancelled"/> error.</param>
    /// <returns>The value, or the error that stopped evaluation.</returns>
    public CelResult Evaluate(CelActivation activation, CancellationToken cancellationToken = default) =>
        Evaluate(activation, new CelBudget(Limits, cancellationToken));

    /// <summary>
    /// Evaluates the expression as a rule condition: the result must be a bool. Anything else
    /// (<c>'yes'</c>, <c>1</c>, <c>null</c>) is a <see cref="CelErrorKind.NotBoolean"/> error, not false.
    /// </summary>
    /// <param name="activation">The variables.</param>
    /// <param name="cancellationToken">Stops evaluation early.</param>
    /// <returns>A bool value (test it with <see cref="CelResult.IsTrue"/>), or an error.</returns>
    public CelResult EvaluateCondition(CelActivation activation, CancellationToken cancellationToken = default) =>
        EvaluateCondition(activation, new CelBudget(Limits, cancellationToken));

    internal CelResult EvaluateCondition(CelActivation activation, CelBudget budget)
    {
        var result = Evaluate(activation, budget);
        return result.IsSuccess && result.Value is not CelBool ? NotBoolean(result.Value, "the condition") : result;
    }

    internal static CelResult NotBoolean(CelValue value, string what) =>
        CelResult.Failure(new CelEvaluationError(
            CelErrorKind.NotBoolean, $"{what} must evaluate to bool, but evaluated to {value.TypeName} {CelText.Describe(value)}", null));

    internal CelResult Evaluate(CelActivation activation, CelBudget budget)
    {
        ArgumentNullException.ThrowIfNull(activation);
        try
        {
            var value = new CelEvaluator(activation, new CelRuntime(Limits, budget, _regexes)).Evaluate(Expression);
            return value is CelError error ? CelResult.Failure(error.ToPublic()) : CelResult.Success(value);
        }
        catch (CelLimitExceededException limit)
        {
            return CelResult.Failure(limit.ToError());
        }
    }

    /// <summary>The source text.</summary>
    public override string ToString() => Source;
}
