using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Confluent's spelling of the seven levels and what each one checks.</summary>
public class CompatibilityPolicyTests
{
    [Theory]
    [InlineData("NONE", CompatibilityPolicy.None)]
    [InlineData("BACKWARD", CompatibilityPolicy.Backward)]
    [InlineData("BACKWARD_TRANSITIVE", CompatibilityPolicy.BackwardTransitive)]
    [InlineData("FORWARD", CompatibilityPolicy.Forward)]
    [InlineData("FORWARD_TRANSITIVE", CompatibilityPolicy.ForwardTransitive)]
    [InlineData("FULL", CompatibilityPolicy.Full)]
    [InlineData("FULL_TRANSITIVE", CompatibilityPolicy.FullTransitive)]
    [InlineData(" full_transitive ", CompatibilityPolicy.FullTransitive)]
    public void Parses_confluent_spelling(string text, CompatibilityPolicy expected)
    {
        Assert.Equal(expected, CompatibilityPolicies.Parse(text));
        Assert.True(CompatibilityPolicies.TryParse(text, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(text.Trim().ToUpperInvariant(), expected.ToConfluentName());
    }

    [Theory]
    [InlineData("")]
    [InlineData("BackwardTransitive")]
    [InlineData("FULL-TRANSITIVE")]
    [InlineData("ALWAYS")]
    public void Rejects_other_spellings(string text)
    {
        var error = Assert.Throws<FormatException>(() => CompatibilityPolicies.Parse(text));
        Assert.Contains("BACKWARD_TRANSITIVE", error.Message);
        Assert.False(CompatibilityPolicies.TryParse(text, out _));
        Assert.False(CompatibilityPolicies.TryParse(null, out _));
    }

    [Theory]
    [InlineData(CompatibilityPolicy.None, "", false)]
    [InlineData(CompatibilityPolicy.Backward, "Backward", false)]
    [InlineData(CompatibilityPolicy.BackwardTransitive, "Backward", true)]
    [InlineData(CompatibilityPolicy.Forward, "Forward", false)]
    [InlineData(CompatibilityPolicy.ForwardTransitive, "Forward", true)]
    [InlineData(CompatibilityPolicy.Full, "Backward,Forward", false)]
    [InlineData(CompatibilityPolicy.FullTransitive, "Backward,Forward", true)]
    public void Says_which_directions_and_versions_a_policy_checks(CompatibilityPolicy policy, string directions, bool transitive)
    {
        Assert.Equal(directions, string.Join(",", policy.Directions()));
        Assert.Equal(transitive, policy.IsTransitive());
        int[] expectedVersions = policy == CompatibilityPolicy.None ? [] : transitive ? [0, 1, 2] : [2];
        Assert.Equal(expectedVersions, policy.PreviousVersionsToCheck(3));
        Assert.Empty(policy.PreviousVersionsToCheck(0));
    }
}
