using System.Diagnostics.CodeAnalysis;

namespace Governance.Model.Contracts.Compatibility;

/// <summary>
/// Confluent's spelling of <see cref="CompatibilityPolicy"/> values (<c>BACKWARD_TRANSITIVE</c>, ...) and what each
/// policy checks: which directions, against which previous versions.
/// </summary>
public static class CompatibilityPolicies
{
    private static readonly CompatibilityDirection[] NoDirection = [];
    private static readonly CompatibilityDirection[] BackwardOnly = [CompatibilityDirection.Backward];
    private static readonly CompatibilityDirection[] ForwardOnly = [CompatibilityDirection.Forward];
    private static readonly CompatibilityDirection[] Both = [CompatibilityDirection.Backward, CompatibilityDirection.Forward];

    /// <summary>Every policy with its Confluent name, in declaration order.</summary>
    public static IReadOnlyList<(CompatibilityPolicy Policy, string Name)> All { get; } =
    [
        (CompatibilityPolicy.None, "NONE"),
        (CompatibilityPolicy.Backward, "BACKWARD"),
        (CompatibilityPolicy.BackwardTransitive, "BACKWARD_TRANSITIVE"),
        (CompatibilityPolicy.Forward, "FORWARD"),
        (CompatibilityPolicy.ForwardTransitive, "FORWARD_TRANSITIVE"),
        (CompatibilityPolicy.Full, "FULL"),
        (CompatibilityPolicy.FullTransitive, "FULL_TRANSITIVE"),
    ];

    /// <summary>Parses Confluent's spelling, e.g. <c>FULL_TRANSITIVE</c> (case-insensitive, surrounding spaces ignored).</summary>
    /// <param name="text">The level as Schema Registry writes it.</param>
    /// <exception cref="FormatException">Not one of the seven levels.</exception>
    public static CompatibilityPolicy Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var policy)
            ? policy
            : throw new FormatException(
                $"'{text}' is not a compatibility level; expected one of {string.Join(", ", All.Select(p => p.Name))}.");
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The level as Schema Registry writes it; may be <c>null</c>.</param>
    /// <param name="policy">The parsed policy, or <see cref="CompatibilityPolicy.None"/> when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> named a level.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CompatibilityPolicy policy)
    {
        var trimmed = text?.Trim();
        foreach (var (candidate, name) in All)
        {
            if (string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase))
            {
                policy = candidate;
                return true;
            }
        }

        policy = CompatibilityPolicy.None;
        return false;
    }

    /// <summary>Confluent's name of the policy, e.g. <c>BACKWARD_TRANSITIVE</c>.</summary>
    /// <param name="policy">The policy.</param>
    public static string ToConfluentName(this CompatibilityPolicy policy) =>
        All.First(p => p.Policy == policy).Name;

    /// <summary>The directions the policy checks: none for NONE, one for BACKWARD/FORWARD, both for FULL.</summary>
    /// <param name="policy">The policy.</param>
    public static IReadOnlyList<CompatibilityDirection> Directions(this CompatibilityPolicy policy) => policy switch
    {
        CompatibilityPolicy.Backward or CompatibilityPolicy.BackwardTransitive => BackwardOnly,
        CompatibilityPolicy.Forward or CompatibilityPolicy.ForwardTransitive => ForwardOnly,
        CompatibilityPolicy.Full or CompatibilityPolicy.FullTransitive => Both,
        _ => NoDirection,
    };

    /// <summary>Whether the policy checks every previous version rather than only the latest.</summary>
    /// <param name="policy">The policy.</param>
    public static bool IsTransitive(this CompatibilityPolicy policy) => policy is CompatibilityPolicy.BackwardTransitive
        or CompatibilityPolicy.ForwardTransitive or CompatibilityPolicy.FullTransitive;

    /// <summary>
    /// The indexes (into the previous versions, oldest first) the policy checks the new schema against: all of them
    /// for a transitive policy, only the last (latest) one otherwise, none for NONE or when there is no previous version.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="previousVersionCount">How many previous versions the subject has.</param>
    public static IReadOnlyList<int> PreviousVersionsToCheck(this CompatibilityPolicy policy, int previousVersionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previousVersionCount);
        if (previousVersionCount == 0 || policy.Directions().Count == 0)
        {
            return [];
        }

        return policy.IsTransitive() ? Enumerable.Range(0, previousVersionCount).ToArray() : [previousVersionCount - 1];
    }
}
