using Governance.Model.Contracts.Compatibility;
using static Governance.Model.Tests.Contracts.Compatibility.AvroSchemas;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Malformed schemas give an invalid-schema result naming the schema, the place and the fault; nothing throws.</summary>
public class MalformedSchemaTests
{
    private static readonly string ValidAvro = Order(Id);

    [Theory]
    [InlineData("{", "the text is not valid JSON")]
    [InlineData("", "the text is not valid JSON")]
    [InlineData("42", "at $: expected a type name, a type object or a union array, found number 42")]
    [InlineData("""{"type":"record","name":"Order","fields":[{"name":"id","type":"strng"}]}""", "at $.fields[0].type: unknown type 'strng'")]
    [InlineData("""{"type":"record","name":"Order"}""", "at $: missing \"fields\"")]
    [InlineData("""{"type":"record","name":"1Order","fields":[]}""", "'1Order' is not a valid Avro name")]
    [InlineData("""{"type":"record","name":"Order","fields":[{"name":"n","type":"int","default":"x"}]}""", "at $.fields[0]: the default \"x\" of field 'n' is not a valid int")]
    [InlineData("""{"type":"record","name":"Order","fields":[{"name":"n","type":["null","int"],"default":"x"}]}""", "is not a valid union [null, int]")]
    [InlineData("""{"type":"record","name":"Order","fields":[{"name":"id","type":"int"},{"name":"id","type":"long"}]}""", "declares field 'id' twice")]
    [InlineData("""{"type":"enum","name":"Status","symbols":["NEW"],"default":"OLD"}""", "the default \"OLD\" of enum Status is not one of its symbols")]
    [InlineData("""{"type":"enum","name":"Status","symbols":["NEW","NEW"]}""", "enum Status repeats a symbol")]
    [InlineData("""["null","string","null"]""", "at $[2]: the union contains null twice")]
    [InlineData("""["null",["int","long"]]""", "at $[1]: a union may not immediately contain another union")]
    [InlineData("""{"type":"fixed","name":"Hash","size":-1}""", "\"size\" of fixed Hash must be a non-negative integer")]
    [InlineData("""{"type":"array"}""", "at $: missing \"items\"")]
    [InlineData("""{"type":"record","name":"A","fields":[{"name":"x","type":{"type":"record","name":"A","fields":[]}}]}""", "the name A is defined twice")]
    public void Invalid_new_avro_schema_is_reported_with_where_and_what(string candidate, string fault)
    {
        var result = SchemaCompatibility.Check("AVRO", candidate, [ValidAvro], CompatibilityPolicy.Backward);

        AssertInvalid(result, previousIndex: null, "The new schema is not a valid Avro schema: ", fault);
    }

    [Theory]
    [InlineData("{", "the text is not valid JSON")]
    [InlineData("42", "at #/: a schema must be an object or a boolean, found 42")]
    [InlineData("""{"type":"strin"}""", "at #/: unknown type 'strin'")]
    [InlineData("""{"properties":{"a":{"type":5}}}""", "at #/properties/a: \"type\" must be a type name or an array of type names")]
    [InlineData("""{"type":"string","maxLength":-1}""", "at #/maxLength: \"maxLength\" must be a non-negative integer")]
    [InlineData("""{"type":"number","multipleOf":0}""", "at #/multipleOf: \"multipleOf\" must be greater than 0")]
    [InlineData("""{"required":"a"}""", "at #/required: \"required\" must be an array of strings")]
    [InlineData("""{"oneOf":[]}""", "at #/: \"oneOf\" must be a non-empty array of schemas")]
    [InlineData("""{"patternProperties":{"[":{}}}""", "at #/patternProperties/[: '[' is not a valid regular expression")]
    [InlineData("""{"$ref":"#/definitions/missing"}""", "at #/: $ref '#/definitions/missing' points at nothing in this document")]
    [InlineData("""{"$ref":"#/definitions/a","definitions":{"a":{"$ref":"#/definitions/a"}}}""", "only leads to other references and never to a schema")]
    [InlineData("""{"$ref":"#node"}""", "uses an anchor, which is not supported")]
    [InlineData("""{"properties":{"a":{"$ref":"#/$defs/x"}},"$defs":{"x":{"type":"nope"}}}""", "at #/$defs/x: unknown type 'nope'")]
    public void Invalid_new_json_schema_is_reported_with_where_and_what(string candidate, string fault)
    {
        var result = SchemaCompatibility.Check("JSON", candidate, ["""{"type":"object"}"""], CompatibilityPolicy.Full);

        AssertInvalid(result, previousIndex: null, "The new schema is not a valid JSON schema: ", fault);
    }

    [Fact]
    public void Every_invalid_version_the_policy_reads_is_reported_and_named()
    {
        var result = SchemaCompatibility.Check("AVRO", "\"nope\"", ["{", ValidAvro, "[]x"], CompatibilityPolicy.FullTransitive);

        Assert.Equal(CompatibilityOutcome.InvalidSchema, result.Outcome);
        Assert.Equal([null, 0, 2], result.Problems.Select(p => p.PreviousVersionIndex));
        Assert.StartsWith("The new schema is not a valid Avro schema: at $: unknown type 'nope'", result.Problems[0].Message);
        Assert.StartsWith("Previous version 1 (index 0) is not a valid Avro schema: the text is not valid JSON", result.Problems[1].Message);
        Assert.StartsWith("Previous version 3 (index 2) is not a valid Avro schema", result.Problems[2].Message);
    }

    [Fact]
    public void Versions_the_policy_does_not_check_are_not_read()
    {
        var result = SchemaCompatibility.Check("AVRO", ValidAvro, ["{", ValidAvro], CompatibilityPolicy.Backward);

        Assert.Equal(CompatibilityOutcome.Compatible, result.Outcome);
    }

    [Fact]
    public void The_new_schema_is_read_even_when_nothing_is_checked()
    {
        var result = SchemaCompatibility.Check("JSON", "{\"type\":", [], CompatibilityPolicy.None);

        AssertInvalid(result, previousIndex: null, "The new schema is not a valid JSON schema: ", "the text is not valid JSON");
    }

    private static void AssertInvalid(CompatibilityResult result, int? previousIndex, string prefix, string fault)
    {
        Assert.Equal(CompatibilityOutcome.InvalidSchema, result.Outcome);
        Assert.False(result.IsCompatible);
        Assert.Empty(result.BreakingChanges);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(previousIndex, problem.PreviousVersionIndex);
        Assert.StartsWith(prefix, problem.Message);
        Assert.Contains(fault, problem.Message);
    }
}
