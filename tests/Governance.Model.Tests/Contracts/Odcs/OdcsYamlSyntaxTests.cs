using Governance.Model.Contracts;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Text that is not a readable YAML document is refused with its line and column, within bounded resources.</summary>
public class OdcsYamlSyntaxTests
{
    private static ContractProblem SingleProblem(string yaml, ContractProblemKind kind) => OdcsImportErrorTests.SingleProblem(yaml, kind);

    [Theory]
    [InlineData("name: a: b\n", 6, 8, "found invalid mapping")]
    [InlineData("name: ok\n\tdomain: x\n", 6, 7, "found a tab character")]
    [InlineData("name: [unclosed\ndomain: x\n", 6, 7, "unclosed bracket")]
    [InlineData("name: 'open\n", 6, 7, "unexpected end of stream")]
    public void Malformed_YAML_is_reported_with_line_and_column(string tail, int line, int column, string phrase)
    {
        var problem = SingleProblem(OdcsSnippets.Header + tail, ContractProblemKind.Syntax);

        Assert.Equal((line, column), (problem.Line!.Value, problem.Column!.Value));
        Assert.Contains(phrase, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: a\nname: b\n", 7, "duplicate key 'name'")]
    [InlineData("name: !custom x\n", 6, "the YAML tag !custom is not supported")]
    [InlineData("name: .inf\n", 6, "has no JSON representation")]
    [InlineData("name: *nowhere\n", 6, "refers to no anchor")]
    [InlineData("---\nname: a\n", 6, "only one YAML document")]
    public void YAML_that_cannot_be_a_contract_is_a_syntax_problem(string tail, int line, string phrase)
    {
        var problem = SingleProblem(OdcsSnippets.Header + tail, ContractProblemKind.Syntax);

        Assert.Equal(line, problem.Line);
        Assert.Contains(phrase, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_is_rejected() =>
        Assert.Contains("empty", SingleProblem(string.Empty, ContractProblemKind.Syntax).Message, StringComparison.Ordinal);

    [Fact]
    public void An_alias_bomb_stops_at_the_node_limit()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join(string.Empty,
            Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n"));

        Assert.Contains("more than 250000 nodes", SingleProblem(bomb, ContractProblemKind.Syntax).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit()
    {
        var deep = "a: " + new string('[', 5000) + new string(']', 5000) + "\n";

        Assert.Contains("nests deeper than 64 levels", SingleProblem(deep, ContractProblemKind.Syntax).Message, StringComparison.Ordinal);
    }
}
