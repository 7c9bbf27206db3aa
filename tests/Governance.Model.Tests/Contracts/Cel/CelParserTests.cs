using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

public class CelParserTests
{
    // Precedence and associativity from the table in cel-spec doc/langdef.md ("Syntax").
    [Theory]
    [InlineData("a || b && c", "(a || (b && c))")]
    [InlineData("a && b || c", "((a && b) || c)")]
    [InlineData("a || b || c", "((a || b) || c)")]
    [InlineData("a + b * c", "(a + (b * c))")]
    [InlineData("a * b + c", "((a * b) + c)")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b % c", "((a / b) % c)")]
    [InlineData("a + b < c + d", "((a + b) < (c + d))")]
    [InlineData("a < b == c", "((a < b) == c)")]
    [InlineData("x in [1, 2] && y", "((x in [1, 2]) && y)")]
    [InlineData("a == b && c != d", "((a == b) && (c != d))")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a || b ? c : d", "((a || b) ? c : d)")]
    [InlineData("!a.b", "!a.b")]
    [InlineData("-a.b[0]", "-a.b[0]")]
    [InlineData("!!a", "!!a")]
    [InlineData("- -a", "--a")]
    [InlineData("-2 * 3", "(-2 * 3)")]
    [InlineData("-(2 * 3)", "-(2 * 3)")]
    [InlineData("(a + b) * c", "((a + b) * c)")]
    public void Operators_bind_by_precedence_and_associativity(string source, string expected) =>
        Assert.Equal(expected, Ast(source));

    [Theory]
    [InlineData("message.items.all(i, i.qty > 0)", "message.items.all(i, (i.qty > 0))")]
    [InlineData("[1, 2].map(x, x > 1, x * 2)", "[1, 2].map(x, (x > 1), (x * 2))")]
    [InlineData("has(message.a.b)", "has(message.a.b)")]
    [InlineData("{'a': 1, 'b': [1, 2,],}", "{\"a\": 1, \"b\": [1, 2]}")]
    [InlineData(".message.total", "message.total")]
    [InlineData("message.`order-id`", "message.`order-id`")]
    [InlineData("message.null", "message.null")]
    [InlineData("size(x) + x.size()", "(size(x) + x.size())")]
    [InlineData("m['k'][0].f", "m[\"k\"][0].f")]
    [InlineData("a // trailing comment\n  && b", "(a && b)")]
    public void Members_calls_macros_and_aggregates_parse(string source, string expected) =>
        Assert.Equal(expected, Ast(source));

    [Fact]
    public void Nodes_carry_line_column_and_offset()
    {
        var expression = (CelBinaryExpr)CelProgram.Parse("a &&\n  b.c").Expression;
        var select = (CelSelectExpr)expression.Right;

        Assert.Equal(new CelPosition(2, 1, 3), expression.Position);
        Assert.Equal(new CelPosition(9, 2, 5), select.Position);
        Assert.Equal("c", select.Field);
        Assert.Equal(3, expression.Depth);
    }

    [Theory]
    [InlineData("(message.total > 0 message.x)", "expected ')' at 1:20, found 'message'")]
    [InlineData("size(message.items", "expected ',' or ')' at 1:19, found end of input")]
    [InlineData("[1, 2 3]", "expected ',' or ']' at 1:7, found '3'")]
    [InlineData("{'a' 1}", "expected ':' at 1:6, found '1'")]
    [InlineData("a +", "expected an expression at 1:4, found end of input")]
    [InlineData("a b", "expected an operator or end of input at 1:3, found 'b'")]
    [InlineData("a &&\n  b ||\n  )", "expected an expression at 3:3, found ')'")]
    [InlineData("a = 1", "unexpected character (use '==' to compare) at 1:3, found '='")]
    [InlineData("a & b", "unexpected character (use '&&' for logical and) at 1:3, found '&'")]
    [InlineData("'abc", "unterminated string literal at 1:1")]
    [InlineData("'line\nbreak'", "unterminated string literal (only triple-quoted strings may span lines) at 1:1")]
    [InlineData("x == \"\\q\"", "invalid escape sequence at 1:7, found '\\q'")]
    [InlineData("\"\\u12\"", "invalid escape sequence: expected 4 hexadecimal digits at 1:2")]
    [InlineData("b'\\u00e9'", "invalid escape sequence '\\u' in a bytes literal at 1:3")]
    [InlineData("9223372036854775808", "integer literal is out of range for int (add a 'u' suffix for uint) at 1:1, found '9223372036854775808'")]
    [InlineData("-9223372036854775809", "integer literal is out of range for int at 1:1, found '9223372036854775809'")]
    [InlineData("1e", "malformed number: the exponent needs digits at 1:1, found '1e'")]
    [InlineData("if", "reserved word cannot be used as an identifier at 1:1, found 'if'")]
    [InlineData("x.", "expected a field or function name after '.' at 1:3, found end of input")]
    [InlineData("has(message)", "has() argument must be a field selection such as has(message.field) at 1:5")]
    [InlineData("[1].all(1, true)", "the first argument of all() must be a variable name at 1:9")]
    [InlineData("[1].exists(x)", "exists() expects 2 arguments (variable, predicate) at 1:5")]
    [InlineData("Order{id: 1}", "message construction ('Type{field: value}') is not supported at 1:6, found '{'")]
    [InlineData("a ; b", "expected end of input (the 'guard ; expression' form is only valid in a rule, see CelRuleExpression) at 1:3, found ';'")]
    [InlineData("a ? b", "expected ':' at 1:6, found end of input")]
    [InlineData("a #", "unexpected character at 1:3, found '#'")]
    public void Parse_errors_name_what_was_expected_and_where(string source, string message)
    {
        var error = Assert.Throws<CelParseException>(() => CelProgram.Parse(source));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_error_exposes_reason_position_and_found_token()
    {
        var error = Assert.Throws<CelParseException>(() => CelProgram.Parse("size(\n  message.items message)"));

        Assert.Equal("expected ',' or ')'", error.Reason);
        Assert.Equal(new CelPosition(22, 2, 17), error.Position);
        Assert.Equal("'message'", error.Found);
    }
}
