using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>The macros of langdef.md "Macros", over literals and over repeated fields of a message.</summary>
public class CelMacroTests
{
    [Theory]
    [InlineData("[1, 2, 3].all(x, x > 0)", "true")]
    [InlineData("[1, 2, 3].all(x, x > 1)", "false")]
    [InlineData("[1, 2, 3].exists(x, x > 2)", "true")]
    [InlineData("[1, 2, 3].exists(x, x > 3)", "false")]
    [InlineData("[1, 2, 3].exists_one(x, x > 2)", "true")]
    [InlineData("[1, 2, 3].exists_one(x, x > 1)", "false")]
    [InlineData("[1, 'a'].exists_one(x, x == 1)", "true")]
    [InlineData("[].all(x, false)", "true")]
    [InlineData("[].exists(x, true)", "false")]
    // The langdef.md examples: [1, 2, 3].map(n, n * n) is [1, 4, 9]; [1, 2, 3].filter(i, i % 2 > 0) is [1, 3].
    [InlineData("[1, 2, 3].map(n, n * n)", "[1, 4, 9]")]
    [InlineData("[1, 2, 3].filter(i, i % 2 > 0)", "[1, 3]")]
    [InlineData("[1, 2, 3].map(x, x > 1, x * 10)", "[20, 30]")]
    [InlineData("[1, 2, 3].filter(x, x > 5)", "[]")]
    [InlineData("{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])", "true")]
    [InlineData("{'a': 1, 'b': 2}.map(k, k + '!')", "[\"a!\", \"b!\"]")]
    public void Macros_over_literals(string source, string expected) => Assert.Equal(expected, Show(source));

    [Theory]
    [InlineData("message.items.all(i, i.qty > 0 && i.price > 0.0)", "true")]
    [InlineData("message.items.exists(i, i.sku == 'B2')", "true")]
    [InlineData("message.items.exists_one(i, i.qty > 1)", "true")]
    [InlineData("message.items.map(i, i.sku)", "[\"A1\", \"B2\"]")]
    [InlineData("message.items.filter(i, i.price > 15.0).map(i, i.sku)", "[\"B2\"]")]
    [InlineData("message.items.map(i, i.qty).exists(q, q == 2)", "true")]
    [InlineData("size(message.items.filter(i, has(i.discount))) == 0", "true")]
    [InlineData("message.tags.all(t, t.matches('^[a-z]+$'))", "true")]
    [InlineData("message.customer.all(k, k != '')", "true")]
    public void Macros_over_repeated_fields(string source, string expected) => Assert.Equal(expected, Show(source, Order));

    [Theory]
    [InlineData("[1, 2].all(x, [3, 4].all(y, x < y))", "true")]
    [InlineData("[1].all(x, [2].all(x, x == 2))", "true")]
    [InlineData("[1].map(x, [2].map(x, x)[0] + x)", "[3]")]
    [InlineData("message.items.exists(message, message.qty == 1)", "true")]
    public void Macro_variables_are_scoped_and_shadow_outer_names(string source, string expected) =>
        Assert.Equal(expected, Show(source, Order));

    [Fact]
    public void A_macro_variable_is_not_visible_after_the_macro() =>
        Assert.Equal(CelErrorKind.UndeclaredReference, Error("[1].all(x, true) && x == 1").Kind);

    [Theory]
    [InlineData("[1, 2].map(x, x / 0)", CelErrorKind.DivisionByZero)]
    [InlineData("[1, 2].filter(x, x / 0 > 1)", CelErrorKind.DivisionByZero)]
    [InlineData("[0, 1].exists_one(x, 1 / x == 1)", CelErrorKind.DivisionByZero)]
    [InlineData("[1].all(x, 1)", CelErrorKind.NoMatchingOverload)]
    [InlineData("[1].filter(x, 'yes')", CelErrorKind.NoMatchingOverload)]
    [InlineData("1.all(x, true)", CelErrorKind.NoMatchingOverload)]
    [InlineData("'abc'.exists(c, c == 'a')", CelErrorKind.NoMatchingOverload)]
    public void Macro_errors(string source, CelErrorKind kind) => Assert.Equal(kind, Error(source).Kind);
}
