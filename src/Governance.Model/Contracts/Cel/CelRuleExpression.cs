namespace Governance.Model.Contracts.Cel;

/// <summary>
/// The expression of a Confluent data-contract rule of type <c>CEL</c> or <c>CEL_FIELD</c>, which may
/// start with a guard: <c>guard ; expression</c>, e.g. <c>typeName == 'STRING' ; value + '-suffix'</c>.
/// As in Confluent's executors, a guard that evaluates to false skips the rule: a condition then
/// passes and a transform leaves the value unchanged. Unlike them, the separator is found by the
/// lexer, so a <c>';'</c> inside a string literal is not mistaken for one, and a guard that fails or
/// is not a bool is reported as an error rather than treated as true.
/// </summary>
public sealed class CelRuleExpression
{
    private CelRuleExpression(string source, CelProgram? guard, CelProgram expression, CelLimits limits)
    {
        Source = source;
        Guard = guard;
        Expression = expression;
        Limits = limits;
    }

    /// <summary>The whole rule expression.</summary>
    public string Source { get; }

    /// <summary>The guard before the <c>;</c>, when there is one.</summary>
    public CelProgram? Guard { get; }

    /// <summary>The expression proper.</summary>
    public CelProgram Expression { get; }

    /// <summary>The limits of parsing and of one evaluation (guard and expression share them).</summary>
    public CelLimits Limits { get; }

    /// <summary>Parses a rule expression.</summary>
    /// <param name="source">The rule's <c>expr</c>.</param>
    /// <param name="limits">Sandbox limits; <see cref="CelLimits.Default"/> when omitted.</param>
    /// <param name="ignoreGuardSeparator">The rule parameter <c>ignore.guard.separator</c>: treat the whole text as one expression.</param>
    /// <exception cref="CelParseException">The guard or the expression is invalid; positions refer to the whole text.</exception>
    public static CelRuleExpression Parse(string source, CelLimits? limits = null, bool ignoreGuardSeparator = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        limits ??= CelLimits.Default;
        limits.Validate();
        if (source.Length > limits.MaxSourceLength)
            throw new CelParseException($"expression is {source.Length} characters long; the limit is {limits.MaxSourceLength}", new CelPosition(0, 1, 1));

        var separator = ignoreGuardSeparator ? null : FindSeparator(source);
        if (separator is not { } at)
            return new CelRuleExpression(source, null, CelProgram.ParseSegment(source, 0, source.Length, limits), limits);

        var guard = string.IsNullOrWhiteSpace(source[..at]) ? null : CelProgram.ParseSegment(source, 0, at, limits);
        var expression = CelProgram.ParseSegment(source, at + 1, source.Length, limits);
        return new CelRuleExpression(source, guard, expression, limits);
    }

    private static int? FindSeparator(string source) =>
        CelLexer.Tokenize(source, 0, source.Length).FirstOrDefault(token => token.Kind == CelTokenKind.Semicolon) is { Kind: CelTokenKind.Semicolon } token
            ? token.Position.Offset
            : null;

    /// <summary>Evaluates a <c>CONDITION</c> rule: true when the guard is false, otherwise the expression's bool.</summary>
    /// <param name="activation">The variables.</param>
    /// <param name="cancellationToken">Stops evaluation early.</param>
    public CelResult EvaluateCondition(CelActivation activation, CancellationToken cancellationToken = default)
    {
        var budget = new CelBudget(Limits, cancellationToken);
        return CheckGuard(activation, budget) switch
        {
            { } failure when failure.IsFailure => failure,
            { } => CelResult.Success(CelBool.True),
            null => Expression.EvaluateCondition(activation, budget),
        };
    }

    /// <summary>Evaluates a <c>TRANSFORM</c> rule: <paramref name="unchanged"/> when the guard is false, otherwise the expression's value.</summary>
    /// <param name="activation">The variables.</param>
    /// <param name="unchanged">What the rule yields when its guard skips it, e.g. the field's current value.</param>
    /// <param name="cancellationToken">Stops evaluation early.</param>
    public CelResult Transform(CelActivation activation, CelValue unchanged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unchanged);
        var budget = new CelBudget(Limits, cancellationToken);
        return CheckGuard(activation, budget) switch
        {
            { } failure when failure.IsFailure => failure,
            { } => CelResult.Success(unchanged),
            null => Expression.Evaluate(activation, budget),
        };
    }

    /// <summary>Null when the rule applies; otherwise the result that ends it (an error, or a skip).</summary>
    private CelResult? CheckGuard(CelActivation activation, CelBudget budget)
    {
        if (Guard is null)
            return null;
        var result = Guard.Evaluate(activation, budget);
        return result switch
        {
            { IsFailure: true } => result,
            { Value: CelBool { Value: true } } => null,
            { Value: CelBool } => result,
            _ => CelProgram.NotBoolean(result.Value!, "the guard"),
        };
    }

    /// <summary>The whole rule expression.</summary>
    public override string ToString() => Source;
}
