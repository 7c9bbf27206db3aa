using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Every row of <see cref="AvroMatrixCases"/> under BACKWARD, FORWARD and FULL.</summary>
public class AvroCompatibilityMatrixTests
{
    public static TheoryData<string, string> Rows => MatrixAssert.Rows(AvroMatrixCases.All.Keys);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reports_exactly_the_breaking_changes_of_the_rule_tables(string change, string policy) =>
        MatrixAssert.Holds(SchemaCompatibility.Avro, AvroMatrixCases.All[change], policy);

    [Fact]
    public void The_matrix_has_at_least_forty_cases_with_breaking_changes_in_both_directions()
    {
        Assert.True(AvroMatrixCases.All.Count >= 40);
        Assert.Contains(AvroMatrixCases.All.Values, c => c.Backward.Length > 0);
        Assert.Contains(AvroMatrixCases.All.Values, c => c.Forward.Length > 0);
    }
}
