namespace Governance.Model.Contracts.Cel;

/// <summary>
/// The sandbox bounds of parsing and evaluation. Every bound is enforced by the parser or evaluator
/// itself; exceeding one is an error, never a partial result. The defaults suit rules evaluated per
/// Kafka record: far above what real rules need, far below what could hurt the host.
/// </summary>
public sealed record CelLimits
{
    /// <summary>Limits with every default value.</summary>
    public static CelLimits Default { get; } = new();

    /// <summary>Longest accepted source text, in UTF-16 code units.</summary>
    public int MaxSourceLength { get; init; } = 16_384;

    /// <summary>
    /// Deepest accepted syntax tree (and parenthesis nesting). The specification asks for at least 32
    /// levels and 32 repetitions of a binary operator; a left-associative chain counts one level per
    /// operator, so the default leaves room for both at once.
    /// </summary>
    public int MaxAstDepth { get; init; } = 128;

    /// <summary>Most evaluation steps: one per node visited and macro iteration, plus the size of strings and lists processed.</summary>
    public long MaxEvaluationSteps { get; init; } = 1_000_000;

    /// <summary>Longest string or bytes value evaluation may produce.</summary>
    public int MaxStringLength { get; init; } = 1_048_576;

    /// <summary>Most elements, nested ones included, of a list or map evaluation may produce.</summary>
    public int MaxCollectionSize { get; init; } = 100_000;

    /// <summary>Longest accepted regular expression.</summary>
    public int MaxRegexLength { get; init; } = 1_024;

    /// <summary>Wall-clock bound of one evaluation.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Wall-clock bound of one regular-expression match. Matching never backtracks, so only patterns
    /// with large counted repetitions over long texts come near it.
    /// </summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSourceLength, 1, nameof(MaxSourceLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAstDepth, 1, nameof(MaxAstDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEvaluationSteps, 1, nameof(MaxEvaluationSteps));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStringLength, 1, nameof(MaxStringLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCollectionSize, 1, nameof(MaxCollectionSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRegexLength, 1, nameof(MaxRegexLength));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RegexTimeout, TimeSpan.Zero, nameof(RegexTimeout));
    }
}
