using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

public class CelOperatorTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("7 / 2", "3")]
    [InlineData("-7 / 2", "-3")]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("-9223372036854775808 % -1", "0")]
    [InlineData("7.0 / 2.0", "3.5")]
    [InlineData("1.0 / 0.0", "+Infinity")]
    [InlineData("10u - 3u", "7u")]
    [InlineData("7u / 2u", "3u")]
    [InlineData("'ab' + 'cd'", "\"abcd\"")]
    [InlineData("b'a' + b'b'", "b\"ab\"")]
    [InlineData("[1] + [2, 3]", "[1, 2, 3]")]
    [InlineData("double(1) + 1.5", "2.5")]
    [InlineData("-(-5)", "5")]
    [InlineData("!false", "true")]
    public void Arithmetic(string source, string expected) => Assert.Equal(expected, Show(source));

    [Theory]
    [InlineData("9223372036854775807 + 1", CelErrorKind.Overflow)]
    [InlineData("-9223372036854775808 - 1", CelErrorKind.Overflow)]
    [InlineData("-(-9223372036854775808)", CelErrorKind.Overflow)]
    [InlineData("9223372036854775807 * 2", CelErrorKind.Overflow)]
    [InlineData("-9223372036854775808 / -1", CelErrorKind.Overflow)]
    [InlineData("0u - 1u", CelErrorKind.Overflow)]
    [InlineData("18446744073709551615u + 1u", CelErrorKind.Overflow)]
    [InlineData("1 / 0", CelErrorKind.DivisionByZero)]
    [InlineData("1 % 0", CelErrorKind.DivisionByZero)]
    [InlineData("1u / 0u", CelErrorKind.DivisionByZero)]
    public void Integer_overflow_and_division_by_zero_are_errors(string source, CelErrorKind kind) =>
        Assert.Equal(kind, Error(source).Kind);

    // langdef.md "Numeric Values": no automatic arithmetic conversions; `1 + 1u` fails to dispatch.
    [Theory]
    [InlineData("1 + 1.0", "no matching overload for '+' applied to (int, double) at 1:3")]
    [InlineData("1 + 1u", "no matching overload for '+' applied to (int, uint) at 1:3")]
    [InlineData("5.0 % 2.0", "no matching overload for '%' applied to (double, double) at 1:5")]
    [InlineData("'a' - 'b'", "no matching overload for '-' applied to (string, string) at 1:5")]
    [InlineData("-'a'", "no matching overload for '-_' applied to (string) at 1:1")]
    [InlineData("!1", "no matching overload for '!_' applied to (int) at 1:1")]
    [InlineData("-1u", "no matching overload for '-_' applied to (uint) at 1:1")]
    public void Arithmetic_does_not_mix_types(string source, string message) =>
        Assert.Equal(message, Error(source).ToString());

    // Heterogeneous equality and numeric ordering of the current langdef.md ("Equality and Ordering").
    [Theory]
    [InlineData("1 == 1.0", true)]
    [InlineData("1u == 1", true)]
    [InlineData("1 != 2", true)]
    [InlineData("2 < 2.5", true)]
    [InlineData("3u > 2", true)]
    [InlineData("-1 < 1u", true)]
    [InlineData("18446744073709551615u > 9223372036854775807", true)]
    [InlineData("1e20 > 9223372036854775807", true)]
    [InlineData("'a' == 1", false)]
    [InlineData("'a' != 1", true)]
    [InlineData("null == null", true)]
    [InlineData("null == 0", false)]
    [InlineData("[1, 2] == [1, 2.0]", true)]
    [InlineData("[1, 2] == [2, 1]", false)]
    [InlineData("{'a': 1} == {'a': 1.0}", true)]
    [InlineData("{'a': 1} == {'b': 1}", false)]
    [InlineData("double('NaN') == double('NaN')", false)]
    [InlineData("double('NaN') < 1.0 || double('NaN') >= 1.0", false)]
    [InlineData("'a' < 'b'", true)]
    [InlineData("'Z' < 'a'", true)]
    [InlineData("'\\uFFFF' < '\\U0001F600'", true)]
    [InlineData("b'a' < b'b'", true)]
    [InlineData("false < true", true)]
    [InlineData("2 <= 2 && 2 >= 2", true)]
    [InlineData("type(1) == int", true)]
    public void Equality_and_ordering(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source)).Value);

    [Theory]
    [InlineData("'a' < 1", "no matching overload for '<' applied to (string, int) at 1:5")]
    [InlineData("[1] < [2]", "no matching overload for '<' applied to (list, list) at 1:5")]
    [InlineData("null > 1", "no matching overload for '>' applied to (null_type, int) at 1:6")]
    public void Ordering_needs_comparable_types(string source, string message) =>
        Assert.Equal(message, Error(source).ToString());

    [Theory]
    [InlineData("2 in [1, 2, 3]", true)]
    [InlineData("'x' in ['a', 'b']", false)]
    [InlineData("1.0 in [1]", true)]
    [InlineData("'a' in {'a': 1}", true)]
    [InlineData("1u in {1: 'one'}", true)]
    [InlineData("2.0 in {2: 'two'}", true)]
    [InlineData("[] in {'a': 1}", false)]
    [InlineData("'customer' in message", true)]
    [InlineData("'gift' in message.tags", true)]
    public void In_tests_list_membership_and_map_keys(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source, Order)).Value);

    [Fact]
    public void In_needs_a_collection() =>
        Assert.Equal("no matching overload for 'in' applied to (string, string) at 1:5", Error("'a' in 'abc'").ToString());

    [Theory]
    [InlineData("true ? 1 : 2", "1")]
    [InlineData("false ? 1 : 2", "2")]
    [InlineData("true ? 'kept' : 1 / 0", "\"kept\"")]
    [InlineData("1 > 0 ? 'pos' : 1 < 0 ? 'neg' : 'zero'", "\"pos\"")]
    public void Conditional_evaluates_only_the_chosen_branch(string source, string expected) =>
        Assert.Equal(expected, Show(source));

    [Fact]
    public void Conditional_needs_a_bool() =>
        Assert.Equal("no matching overload for '_?_:_' applied to (int) at 1:3", Error("1 ? 2 : 3").ToString());
}
