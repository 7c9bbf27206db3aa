using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>
/// langdef.md "Logical Operators": if any operand of &amp;&amp; / || uniquely determines the result, errors
/// from the other operand are ignored, which makes the operators commutative.
/// </summary>
public class CelLogicTests
{
    [Theory]
    [InlineData("false && 1 / 0 == 1", false)]
    [InlineData("1 / 0 == 1 && false", false)]
    [InlineData("true || 1 / 0 == 1", true)]
    [InlineData("1 / 0 == 1 || true", true)]
    [InlineData("message.missing == 1 || message.status == 'PAID'", true)]
    [InlineData("message.missing == 1 && message.status == 'OPEN'", false)]
    [InlineData("1 && false", false)]
    [InlineData("'text' || true", true)]
    [InlineData("true && true", true)]
    [InlineData("false || false", false)]
    public void A_deciding_operand_absorbs_errors_on_either_side(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source, Order)).Value);

    [Theory]
    [InlineData("1 / 0 == 1 && true", CelErrorKind.DivisionByZero)]
    [InlineData("true && 1 / 0 == 1", CelErrorKind.DivisionByZero)]
    [InlineData("false || 1 / 0 == 1", CelErrorKind.DivisionByZero)]
    [InlineData("message.missing == 1 && message.status == 'PAID'", CelErrorKind.NoSuchKey)]
    [InlineData("1 && true", CelErrorKind.NoMatchingOverload)]
    [InlineData("false || 'text'", CelErrorKind.NoMatchingOverload)]
    public void Without_a_deciding_operand_the_error_stands(string source, CelErrorKind kind) =>
        Assert.Equal(kind, Error(source, Order).Kind);

    [Fact]
    public void The_left_error_is_reported_when_both_sides_fail() =>
        Assert.Equal("no such key: 'a' at 1:9", Error("message.a == 1 || message.b == 1", "{}").ToString());

    // langdef.md "Macros": all() combines predicates with &&, so a false wins over errors; exists() with ||.
    [Theory]
    [InlineData("[0, -1].all(x, 1 / x > 0)", false)]
    [InlineData("[0, 1].exists(x, 1 / x > 0)", true)]
    public void Macros_absorb_errors_like_the_logical_operators(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source)).Value);

    [Theory]
    [InlineData("[0, 1].all(x, 1 / x > 0)")]
    [InlineData("[0, -1].exists(x, 1 / x > 0)")]
    public void Macros_report_errors_nothing_absorbed(string source) =>
        Assert.Equal(CelErrorKind.DivisionByZero, Error(source).Kind);
}
