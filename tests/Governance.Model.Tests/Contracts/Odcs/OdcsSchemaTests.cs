using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Model.Contracts.Odcs;
using Governance.Model.OpenLineage.Validation;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>The embedded ODCS schema and the draft 2019-09 evaluator that applies it.</summary>
public class OdcsSchemaTests
{
    public static TheoryData<int> MutationIndexes() => new(Enumerable.Range(0, Mutations.Value.Count));

    private static readonly Lazy<IReadOnlyList<(bool Valid, string Json)>> Mutations = new(() =>
        File.ReadLines(Path.Combine(OdcsFixtures.Root, "mutations", "mutations.jsonl"))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Select(entry => ((bool)entry["valid"]!, entry["document"]!.ToJsonString()))
            .ToList());

    [Fact]
    public void The_embedded_schema_is_the_unmodified_ODCS_v3_1_0_schema()
    {
        var text = OdcsSchema.Text();

        Assert.Equal("1a35de14c688b400fef306564f66e2af3304f057cd5cd6e7b847c1a8bf252c5b", Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.Equal("https://json-schema.org/draft/2019-09/schema", (string?)JsonNode.Parse(text)!["$schema"]);
    }

    [Fact]
    public void The_mutation_corpus_has_valid_and_invalid_documents()
    {
        Assert.Equal(240, Mutations.Value.Count);
        Assert.InRange(Mutations.Value.Count(m => m.Valid), 50, 190);
    }

    /// <summary>Each mutated example gets the verdict of the reference implementation (python-jsonschema, draft 2019-09).</summary>
    [Theory]
    [MemberData(nameof(MutationIndexes))]
    public void Verdicts_agree_with_the_reference_implementation(int index)
    {
        var (valid, json) = Mutations.Value[index];

        var problems = OdcsYaml.ValidateDocument(json); // JSON is YAML

        Assert.True(valid == (problems.Count == 0), $"reference says valid={valid}; problems: {string.Join(" | ", problems)}");
    }

    [Theory]
    [InlineData("""{"a":"s","b":1}""", null)]
    [InlineData("""{"a":"s","x":1}""", "x: 'x' is not an allowed member here")]
    [InlineData("""{"kind":"x","x":1}""", null)]
    [InlineData("""{"kind":"x","x":"one"}""", "x: must be an integer, not the string 'one'")]
    [InlineData("""{"a":1}""", "a: must be a string, not the number 1")]
    public void Unevaluated_properties_see_ref_siblings_and_applied_conditionals(string instance, string? error)
    {
        var evaluator = new JsonSchemaEvaluator(JsonNode.Parse("""
            {
              "$ref": "#/$defs/base",
              "properties": { "b": {}, "kind": {} },
              "if": { "properties": { "kind": { "const": "x" } }, "required": ["kind"] },
              "then": { "properties": { "x": { "type": "integer" } } },
              "unevaluatedProperties": false,
              "$defs": { "base": { "properties": { "a": { "type": "string" } } } }
            }
            """)!.AsObject());

        var errors = evaluator.Validate(JsonNode.Parse(instance)).Select(e => $"{e.Path}: {e.Message}");

        Assert.Equal(error is null ? [] : [error], errors);
    }

    [Fact]
    public void Properties_seen_only_by_a_failed_alternative_are_unevaluated()
    {
        var evaluator = new JsonSchemaEvaluator(JsonNode.Parse("""
            { "anyOf": [ { "properties": { "a": { "type": "string" } } }, { "properties": { "b": {} } } ], "unevaluatedProperties": false }
            """)!.AsObject());

        Assert.Empty(evaluator.Validate(JsonNode.Parse("""{"a":"s","b":1}""")));
        Assert.Equal([("a", "'a' is not an allowed member here")], evaluator.Validate(JsonNode.Parse("""{"a":1,"b":1}""")));
    }

    [Fact]
    public void Format_is_an_annotation_and_integers_may_be_written_with_a_fraction()
    {
        var evaluator = new JsonSchemaEvaluator(JsonNode.Parse("""{ "properties": { "d": { "format": "date" }, "n": { "type": "integer" } } }""")!.AsObject());

        Assert.Empty(evaluator.Validate(JsonNode.Parse("""{"d":"not a date","n":3.0}""")));
        Assert.Single(evaluator.Validate(JsonNode.Parse("""{"n":3.5}""")));
    }

    [Theory]
    [InlineData("""{ "dependentSchemas": {} }""", "'dependentSchemas'")]
    [InlineData("""{ "properties": { "a": { "prefixItems": [] } } }""", "'prefixItems'")]
    [InlineData("""{ "$ref": "https://example.com/other.json" }""", "only local references")]
    [InlineData("""{ "$ref": "#/$defs/missing" }""", "does not resolve")]
    public void Schemas_the_evaluator_cannot_apply_fully_are_refused(string schema, string phrase)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new JsonSchemaEvaluator(JsonNode.Parse(schema)!.AsObject()));

        Assert.Contains(phrase, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Why the ODCS schema is not applied with NJsonSchema 10.7.2 (as the OpenLineage schemas are): it does not resolve
    /// <c>#/$defs/</c> references, and with them rewritten as for OpenLineage it still has no <c>if</c>/<c>then</c>
    /// and no <c>unevaluatedProperties</c>, so it accepts a Kafka server without its bootstrap host, unknown members in
    /// a schema object and options of another logical type. If an NJsonSchema upgrade makes this test fail, reconsider.
    /// </summary>
    [Theory]
    [InlineData("""{"servers":[{"server":"s","type":"kafka"}]}""", "servers[0].host")]
    [InlineData("""{"schema":[{"name":"t","bogus":1}]}""", "schema[0].bogus")]
    [InlineData("""{"schema":[{"name":"t","properties":[{"name":"n","logicalType":"integer","logicalTypeOptions":{"minLength":1}}]}]}""",
        "schema[0].properties[0].logicalTypeOptions.minLength")]
    public async Task NJsonSchema_misses_what_the_ODCS_schema_states_with_draft_2019_09_keywords(string members, string path)
    {
        var document = JsonNode.Parse("""{"apiVersion":"v3.1.0","kind":"DataContract","id":"x","version":"1.0.0","status":"active"}""")!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(members)!.AsObject().ToList())
        {
            document[name] = value!.DeepClone();
        }

        var raw = await NJsonSchema.JsonSchema.FromJsonAsync(OdcsSchema.Text());
        var rewritten = await NJsonSchema.JsonSchema.FromJsonAsync(SchemaPreprocessor.Rewrite(JsonNode.Parse(OdcsSchema.Text())!.AsObject()).ToJsonString());

        if (members.Contains("\"schema\"", StringComparison.Ordinal))
        {
            var error = Assert.Throws<InvalidOperationException>(() => raw.Validate(document.ToJsonString()));
            Assert.Contains("'#/$defs/SchemaElement' has not been resolved", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(rewritten.Validate(document.ToJsonString()));
        Assert.Equal(path, Assert.Single(OdcsYaml.ValidateDocument(document.ToJsonString())).Path);
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_a_schema_problem()
    {
        var problem = Assert.Single(OdcsYaml.Import("- just\n- a list\n").Problems);

        Assert.Equal((string.Empty, "must be an object, not a list"), (problem.Path, problem.Message));
        Assert.Equal(JsonValueKind.Array, JsonNode.Parse("[1]")!.GetValueKind());
    }
}
