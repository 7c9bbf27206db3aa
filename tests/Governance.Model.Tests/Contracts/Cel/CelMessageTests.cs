using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>Field paths on a JSON <c>message</c>, <c>has()</c>, indexing, and how JSON values map to CEL.</summary>
public class CelMessageTests
{
    [Theory]
    [InlineData("message.customer.address.city", "\"Paris\"")]
    [InlineData("message.items[1].sku", "\"B2\"")]
    [InlineData("message['orderId']", "\"o-1\"")]
    [InlineData("message.`order-id`", "\"x\"")]
    [InlineData("message.attributes['channel']", "\"web\"")]
    [InlineData("message.tags", "[\"priority\", \"gift\"]")]
    [InlineData("message.coupon", "null")]
    [InlineData("message.items[1u].qty", "1")]
    [InlineData("message.customer", "{\"name\": \"Ada\", \"email\": \"ada@example.com\", \"address\": {\"city\": \"Paris\"}}")]
    public void Field_paths_and_indexes_select_from_json(string source, string expected) =>
        Assert.Equal(expected, Show(source, Order));

    [Theory]
    [InlineData("message.total > 0 && size(message.items) > 0", true)]
    [InlineData("message.coupon == null", true)]
    [InlineData("message.status in ['PAID', 'SHIPPED']", true)]
    [InlineData("message.customer.email.endsWith('@example.com')", true)]
    [InlineData("type(message.quantity) == int && message.quantity * 2 == 6", true)]
    [InlineData("type(message.total) == double && message.total * 2.0 == 85.0", true)]
    [InlineData("message.items[0].price == 10", true)]
    [InlineData("type(message.customer) == map && type(message.items) == list", true)]
    public void Conditions_over_a_message(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source, Order)).Value);

    [Theory]
    [InlineData("message.missing", CelErrorKind.NoSuchKey, "no such key: 'missing' at 1:9")]
    [InlineData("message.customer.missing.city", CelErrorKind.NoSuchKey, "no such key: 'missing' at 1:18")]
    [InlineData("message.attributes['nope']", CelErrorKind.NoSuchKey, "no such key: 'nope' at 1:19")]
    [InlineData("message.items[2]", CelErrorKind.IndexOutOfRange, "index 2 is out of range for a list of size 2 at 1:14")]
    [InlineData("message.items[-1]", CelErrorKind.IndexOutOfRange, "index -1 is out of range for a list of size 2 at 1:14")]
    [InlineData("message.items['a']", CelErrorKind.NoMatchingOverload, "no matching overload for '_[_]' applied to (list, string) at 1:14")]
    [InlineData("message.total.cents", CelErrorKind.NoSuchField, "cannot select field 'cents' from a value of type double at 1:15")]
    [InlineData("message.coupon.code", CelErrorKind.NoSuchField, "cannot select field 'code' from a value of type null_type at 1:16")]
    [InlineData("message.status[0]", CelErrorKind.NoMatchingOverload, "no matching overload for '_[_]' applied to (string, int) at 1:15")]
    [InlineData("nobody.total", CelErrorKind.UndeclaredReference, "undeclared reference to 'nobody' at 1:1")]
    public void Missing_fields_and_bad_paths_are_errors(string source, CelErrorKind kind, string message)
    {
        var error = Error(source, Order);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(message, error.ToString());
    }

    // langdef.md "Field Selection": has(e.f) tests whether the map e has key f; e itself must evaluate.
    [Theory]
    [InlineData("has(message.customer)", true)]
    [InlineData("has(message.missing)", false)]
    [InlineData("has(message.customer.address.city)", true)]
    [InlineData("has(message.customer.address.zip)", false)]
    [InlineData("has(message.coupon)", true)]
    [InlineData("has(message.`order-id`)", true)]
    [InlineData("has(message.missing) && has(message.missing.zip)", false)]
    [InlineData("!has(message.missing) || message.missing.zip == '75001'", true)]
    [InlineData("has({'a': 1}.a)", true)]
    public void Has_tests_presence_without_selecting(string source, bool expected) =>
        Assert.Equal(expected, Assert.IsType<CelBool>(Value(source, Order)).Value);

    [Theory]
    [InlineData("has(message.missing.zip)", CelErrorKind.NoSuchKey)]
    [InlineData("has(message.total.cents)", CelErrorKind.NoSuchField)]
    [InlineData("has(message.items.sku)", CelErrorKind.NoSuchField)]
    public void Has_on_an_absent_or_non_map_operand_is_an_error(string source, CelErrorKind kind) =>
        Assert.Equal(kind, Error(source, Order).Kind);

    [Fact]
    public void Large_json_integers_become_uint_and_fractions_double()
    {
        const string json = """{"big": 18446744073709551615, "huge": 1e400, "exp": 1e2, "neg": -5}""";

        Assert.Equal("18446744073709551615u", Show("message.big", json));
        Assert.Equal("+Infinity", Show("message.huge", json));
        Assert.Equal("100.0", Show("message.exp", json));
        Assert.Equal("-5", Show("message.neg", json));
    }

    [Fact]
    public void Json_strings_with_an_unpaired_surrogate_escape_are_read_as_is()
    {
        const string json = """{"name": "a\ud800b\n\"c\"\u00e9"}""";

        Assert.Equal("8", Show("size(message.name)", json));
        Assert.Equal("true", Show("message.name.startsWith('a') && message.name.endsWith('\"c\"é')", json));
    }

    [Fact]
    public void Variables_are_bound_by_name_and_validated()
    {
        var activation = CelActivation.Empty.With("limit", CelValue.From(10L)).With("who", CelValue.From("ada"));

        Assert.True(CelProgram.Parse("limit > 5 && who.startsWith('a')").EvaluateCondition(activation).IsTrue);
        Assert.Equal(["limit", "who"], activation.Names.Order());
        Assert.Throws<ArgumentException>(() => activation.With("not-an-identifier", CelValue.Null));
        Assert.Throws<ArgumentException>(() => activation.With("in", CelValue.Null));
    }

    [Fact]
    public void A_bound_variable_shadows_a_type_name() =>
        Assert.Equal("7", CelProgram.Parse("int").Evaluate(CelActivation.Empty.With("int", CelValue.From(7L))).ToString());
}
