using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>
/// One row of a compatibility matrix: a previous schema, the new schema, and the exact breaking changes each
/// direction must report, written "KIND location". FULL must report both lists, BACKWARD and FORWARD one each.
/// </summary>
public sealed record MatrixCase(string Previous, string Candidate, string[] Backward, string[] Forward);

/// <summary>Runs a matrix row under a policy and compares every reported change with the row's expectations.</summary>
internal static class MatrixAssert
{
    /// <summary>The policies every row is checked under.</summary>
    public static readonly string[] Policies = ["BACKWARD", "FORWARD", "FULL"];

    public static TheoryData<string, string> Rows(IEnumerable<string> caseNames)
    {
        var rows = new TheoryData<string, string>();
        foreach (var name in caseNames)
        {
            foreach (var policy in Policies)
            {
                rows.Add(name, policy);
            }
        }

        return rows;
    }

    public static void Holds(string schemaType, MatrixCase row, string policyName)
    {
        var policy = CompatibilityPolicies.Parse(policyName);
        var result = SchemaCompatibility.Check(schemaType, row.Candidate, [row.Previous], policy);

        Assert.Empty(result.Problems);
        var directions = policy.Directions();
        var expected = new List<string>();
        if (directions.Contains(CompatibilityDirection.Backward))
        {
            expected.AddRange(row.Backward.Select(c => "BACKWARD " + c));
        }

        if (directions.Contains(CompatibilityDirection.Forward))
        {
            expected.AddRange(row.Forward.Select(c => "FORWARD " + c));
        }

        var actual = result.BreakingChanges.Select(c => $"{c.Direction.ToString().ToUpperInvariant()} {c.Kind} {c.Location}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count == 0 ? CompatibilityOutcome.Compatible : CompatibilityOutcome.Incompatible, result.Outcome);
        Assert.All(result.BreakingChanges, c =>
        {
            Assert.Equal(0, c.PreviousVersionIndex);
            Assert.Contains($"Breaks {c.Direction.ToString().ToUpperInvariant()} compatibility", c.Message);
        });
    }
}
