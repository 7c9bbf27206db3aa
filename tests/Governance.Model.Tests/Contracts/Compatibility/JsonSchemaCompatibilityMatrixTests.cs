using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Every row of <see cref="JsonSchemaMatrixCases"/> under BACKWARD, FORWARD and FULL.</summary>
public class JsonSchemaCompatibilityMatrixTests
{
    public static TheoryData<string, string> Rows => MatrixAssert.Rows(JsonSchemaMatrixCases.All.Keys);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reports_exactly_the_breaking_changes_of_the_rule_tables(string change, string policy) =>
        MatrixAssert.Holds(SchemaCompatibility.Json, JsonSchemaMatrixCases.All[change], policy);

    [Fact]
    public void The_matrix_has_at_least_forty_cases_with_breaking_changes_in_both_directions()
    {
        Assert.True(JsonSchemaMatrixCases.All.Count >= 40);
        Assert.Contains(JsonSchemaMatrixCases.All.Values, c => c.Backward.Length > 0);
        Assert.Contains(JsonSchemaMatrixCases.All.Values, c => c.Forward.Length > 0);
    }
}
