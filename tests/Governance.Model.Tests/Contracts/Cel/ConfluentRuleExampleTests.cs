using System.Text.Json;
using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>
/// Rule expressions as Confluent documents and tests them, evaluated the way Confluent's CEL and
/// CEL_FIELD executors bind their variables. Each expression is quoted with its source.
/// </summary>
public class ConfluentRuleExampleTests
{
    private static CelResult Condition(string expr, string message) =>
        CelRuleExpression.Parse(expr, Relaxed).EvaluateCondition(CelActivation.ForMessage(Json(message)));

    private static CelResult Transform(string expr, string name, string typeName, CelValue value, string message, params string[] tags) =>
        CelRuleExpression.Parse(expr, Relaxed)
            .Transform(CelActivation.ForField(name, "com.example.User." + name, typeName, tags, value, Json(message)), value);

    /// <summary>The <c>expr</c> of a rule as it appears in a registered rule set (JSON-escaped).</summary>
    private static string ExprOf(string ruleJson) => Json(ruleJson).GetProperty("expr").GetString()!;

    // docs.confluent.io, "Data Contracts for Schema Registry", domain rule checkSsnLen:
    // {"name": "checkSsnLen", "kind": "CONDITION", "type": "CEL", "mode": "WRITE", "expr": "size(message.ssn) == 9"}
    [Theory]
    [InlineData("""{"name": "Ada", "ssn": "123456789"}""", true)]
    [InlineData("""{"name": "Ada", "ssn": "123-45-6789"}""", false)]
    public void Check_ssn_length(string message, bool passes)
    {
        var result = Condition(ExprOf("""{"expr": "size(message.ssn) == 9"}"""), message);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(passes, result.IsTrue);
    }

    // Confluent data-contract example checking the SSN format with a raw-string regular expression:
    // "expr": "message.ssn.matches(r'\\d{3}-\\d{2}-\\d{4}')"  (JSON-escaped; the CEL text is r'\d{3}-\d{2}-\d{4}')
    [Theory]
    [InlineData("""{"ssn": "123-45-6789"}""", true)]
    [InlineData("""{"ssn": "123456789"}""", false)]
    [InlineData("""{"ssn": "١٢٣-٤٥-٦٧٨٩"}""", false)]
    public void Check_ssn_format(string message, bool passes)
    {
        var expr = ExprOf("""{"expr": "message.ssn.matches(r'\\d{3}-\\d{2}-\\d{4}')"}""");

        Assert.Equal("message.ssn.matches(r'\\d{3}-\\d{2}-\\d{4}')", expr);
        Assert.Equal(passes, Condition(expr, message).IsTrue);
    }

    // The issue's own example of a rule over a whole message.
    [Fact]
    public void Total_and_items() =>
        Assert.True(Condition("message.total > 0 && size(message.items) > 0", Order).IsTrue);

    // confluentinc/schema-registry CelExecutorTest: CONDITION rule
    // "message.name != \"testUser\" || message.kind != \"ONE\"" (enum symbols compare as strings).
    [Theory]
    [InlineData("""{"name": "testUser", "kind": "ONE"}""", false)]
    [InlineData("""{"name": "testUser", "kind": "TWO"}""", true)]
    public void Name_or_kind(string message, bool passes) =>
        Assert.Equal(passes, Condition("message.name != \"testUser\" || message.kind != \"ONE\"", message).IsTrue);

    // confluent-kafka-dotnet serializer tests and CelExecutorTest: TRANSFORM rule of type CEL_FIELD
    // "typeName == 'STRING' ; value + '-suffix'" appends to string fields and leaves the others alone.
    [Fact]
    public void Guarded_suffix_applies_to_string_fields_only()
    {
        const string expr = "typeName == 'STRING' ; value + '-suffix'";

        Assert.Equal("\"alice-suffix\"", Transform(expr, "name", "STRING", CelValue.From("alice"), "{}").ToString());
        Assert.Equal("123", Transform(expr, "size", "INT", CelValue.From(123L), "{}").ToString());
    }

    // confluentinc/schema-registry CelExecutorTest, testKafkaAvroSerializerReflectionFieldTransformUsingMessage:
    // "name == \"fullName\" ; dyn(value) == null ? message.name + \" \" + message.lastName : dyn(value)"
    [Fact]
    public void Full_name_is_populated_from_the_message()
    {
        const string expr = "name == \"fullName\" ; dyn(value) == null ? message.name + \" \" + message.lastName : dyn(value)";
        const string user = """{"name": "alice", "lastName": "smith", "fullName": null}""";

        Assert.Equal("\"alice smith\"", Transform(expr, "fullName", "STRING", CelValue.Null, user).ToString());
        Assert.Equal("\"A. Smith\"", Transform(expr, "fullName", "STRING", CelValue.From("A. Smith"), user).ToString());
        Assert.Equal("\"alice\"", Transform(expr, "name", "STRING", CelValue.From("alice"), user).ToString());
    }

    // The same test's rules for the other primitive types.
    [Theory]
    [InlineData("name == \"mybytes\" ; value == b\"\\x00\" ? b\"\\x01\" : value", "mybytes", "BYTES", "b\"\\x00\"", "b\"\\x01\"")]
    [InlineData("name == \"myint\" ; value == 1 ? 2 : value", "myint", "INT", "1", "2")]
    [InlineData("name == \"mylong\" ; value == 2 ? 3 : value", "mylong", "LONG", "2", "3")]
    [InlineData("name == \"myfloat\" ; value == 3.0 ? 4.0 : value", "myfloat", "FLOAT", "3.0", "4.0")]
    [InlineData("name == \"mydouble\" ; value == 4.0 ? 5.0 : value", "mydouble", "DOUBLE", "4.0", "5.0")]
    [InlineData("name == \"myboolean\" ; value == true ? false : value", "myboolean", "BOOLEAN", "true", "false")]
    public void Primitive_field_transforms(string expr, string name, string typeName, string value, string expected)
    {
        var fieldValue = CelProgram.Parse(value).Evaluate(CelActivation.Empty).Value!;

        Assert.Equal(expected, Transform(expr, name, typeName, fieldValue, "{}").ToString());
        Assert.Equal(value, Transform(expr, "other", typeName, fieldValue, "{}").ToString());
    }

    // A Confluent demo rule set (TransactionData, rule transformCustomerNull):
    // "expr": "name == \"type_of_customer\" ; value == \"\" ? \"unknown\" : value"
    [Theory]
    [InlineData("", "\"unknown\"")]
    [InlineData("retail", "\"retail\"")]
    public void Empty_customer_type_defaults(string value, string expected) =>
        Assert.Equal(expected, Transform("name == \"type_of_customer\" ; value == \"\" ? \"unknown\" : value",
            "type_of_customer", "STRING", CelValue.From(value), "{}").ToString());

    // confluentinc/schema-registry CelExecutorTest, testKafkaAvroSerializerReflectionFieldTransformIgnoreGuardSeparator:
    // "value + \"-suffix;\"" with the rule parameter ignore.guard.separator=true.
    [Fact]
    public void A_semicolon_inside_a_string_is_not_a_guard_separator()
    {
        const string expr = "value + \"-suffix;\"";

        Assert.Equal("\"alice-suffix;\"", CelRuleExpression.Parse(expr, ignoreGuardSeparator: true)
            .Transform(CelActivation.Empty.With("value", CelValue.From("alice")), CelValue.Null).ToString());
        Assert.Null(CelRuleExpression.Parse(expr).Guard);
    }

    // yokota.blog, "Understanding CEL in Data Contract Rules": type('hello') == type('world').
    // The same article notes that 'hello' == 3 is rejected by the type checker; without a checker the
    // current specification's heterogeneous equality makes it false.
    [Theory]
    [InlineData("type('hello') == type('world')", true)]
    [InlineData("'hello' == 3", false)]
    public void Type_values_and_heterogeneous_equality(string expr, bool expected) =>
        Assert.Equal(expected, Condition(expr, "{}").IsTrue);

    [Fact]
    public void Field_rules_see_tags_and_full_name()
    {
        var rule = CelRuleExpression.Parse("'PII' in tags && fullName.endsWith('.ssn') ; value.matches(r'^\\d{3}-\\d{2}-\\d{4}$')");
        CelResult Check(string value, params string[] tags) =>
            rule.EvaluateCondition(CelActivation.ForField("ssn", "com.example.User.ssn", "STRING", tags, CelValue.From(value), Json("{}")));

        Assert.True(Check("123-45-6789", "PII").IsTrue);
        Assert.False(Check("123456789", "PII").IsTrue);
        Assert.True(Check("anything", "PUBLIC").IsTrue);
    }

    [Fact]
    public void A_false_guard_skips_the_rule()
    {
        var rule = CelRuleExpression.Parse("name == 'ssn' ; size(value) == 9");
        var activation = CelActivation.ForField("email", "User.email", "STRING", [], CelValue.From("x"), Json("{}"));

        Assert.Equal("true", rule.EvaluateCondition(activation).ToString());
        Assert.Equal("\"unchanged\"", rule.Transform(activation, CelValue.From("unchanged")).ToString());
        Assert.Equal("name == 'ssn' ", rule.Guard?.Source);
        Assert.Equal(" size(value) == 9", rule.Expression.Source);
    }

    [Fact]
    public void Guard_failures_are_errors_not_skips()
    {
        var activation = CelActivation.ForMessage(Json("{}"));

        Assert.Equal(CelErrorKind.NoSuchKey, CelRuleExpression.Parse("message.kind == 'A' ; true").EvaluateCondition(activation).Error?.Kind);
        Assert.Equal("the guard must evaluate to bool, but evaluated to string \"yes\"",
            CelRuleExpression.Parse("'yes' ; true").EvaluateCondition(activation).Error?.Message);
    }

    [Fact]
    public void A_condition_must_be_a_bool()
    {
        var result = Condition("message.ssn", """{"ssn": "123456789"}""");

        Assert.Equal(CelErrorKind.NotBoolean, result.Error?.Kind);
        Assert.Equal("the condition must evaluate to bool, but evaluated to string \"123456789\"", result.Error?.Message);
        Assert.False(result.IsTrue);
    }

    [Fact]
    public void Rule_parse_errors_point_into_the_whole_expression()
    {
        var error = Assert.Throws<CelParseException>(() => CelRuleExpression.Parse("name == 'ssn' ;\n  value.matches("));

        Assert.Equal("expected an expression at 2:17, found end of input", error.Message);
        Assert.Equal(32, error.Position.Offset);
    }

    [Fact]
    public void An_empty_guard_is_no_guard()
    {
        var rule = CelRuleExpression.Parse(" ; value > 1");

        Assert.Null(rule.Guard);
        Assert.True(rule.EvaluateCondition(CelActivation.Empty.With("value", CelValue.From(2L))).IsTrue);
    }

    [Fact]
    public void Json_field_values_bind_as_cel_values()
    {
        using var document = JsonDocument.Parse("""{"ssn": "123-45-6789", "age": 42}""");
        var message = document.RootElement;
        var activation = CelActivation.ForField("age", "User.age", "INT", [], CelValue.FromJson(message.GetProperty("age")), message);

        Assert.True(CelRuleExpression.Parse("typeName == 'INT' ; value >= 18 && message.ssn.size() == 11").EvaluateCondition(activation).IsTrue);
    }
}
