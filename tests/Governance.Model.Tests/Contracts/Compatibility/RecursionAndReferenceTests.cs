using Governance.Model.Contracts.Compatibility;
using static Governance.Model.Tests.Contracts.Compatibility.AvroSchemas;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Named type references, recursive types and $refs: each change is found once per place it affects, and checks terminate.</summary>
public class RecursionAndReferenceTests
{
    [Fact]
    public void A_named_avro_type_used_twice_reports_the_change_at_both_places()
    {
        static string Schema(params string[] addressFields) =>
            Order(Field("billing", Record("Address", addressFields)), Field("shipping", "\"Address\""));

        var result = SchemaCompatibility.Check("AVRO", Schema(Primitive("street", "string"), Primitive("zip", "string")),
            [Schema(Primitive("street", "string"))], CompatibilityPolicy.Full);

        Assert.Equal(["$.billing.zip", "$.shipping.zip"], result.BreakingChanges.Select(c => c.Location));
        Assert.All(result.BreakingChanges, c => Assert.Equal(("READER_FIELD_MISSING_DEFAULT_VALUE", CompatibilityDirection.Backward), (c.Kind, c.Direction)));
    }

    [Fact]
    public void Mutually_recursive_avro_records_are_checked_once_per_pair()
    {
        static string Schema(string extraField) =>
            $$"""
            {"type":"record","name":"A","namespace":"com.acme","fields":[
              {"name":"b","type":["null",{"type":"record","name":"B","fields":[{"name":"a","type":["null","A"]}{{extraField}}]}]}]}
            """;

        var result = SchemaCompatibility.Check("AVRO", Schema(""",{"name":"x","type":"int"}"""), [Schema("")], CompatibilityPolicy.FullTransitive);

        Assert.Empty(result.Problems);
        var change = Assert.Single(result.BreakingChanges);
        Assert.Equal(("READER_FIELD_MISSING_DEFAULT_VALUE", "$.b.x", CompatibilityDirection.Backward), (change.Kind, change.Location, change.Direction));
    }

    [Fact]
    public void Avro_union_branches_match_by_name_whatever_their_order()
    {
        const string Two = """[{"type":"record","name":"Cat","fields":[]},{"type":"record","name":"Dog","fields":[]}]""";
        const string Swapped = """[{"type":"record","name":"Dog","fields":[]},{"type":"record","name":"Cat","fields":[]}]""";

        Assert.True(SchemaCompatibility.Check("AVRO", Swapped, [Two], CompatibilityPolicy.Full).IsCompatible);
    }

    [Fact]
    public void Avro_names_are_qualified_by_the_enclosing_namespace()
    {
        var moved = Order(Id).Replace("\"namespace\":\"com.acme\"", "\"namespace\":\"com.other\"");

        var change = Assert.Single(SchemaCompatibility.Check("AVRO", moved, [Order(Id)], CompatibilityPolicy.Backward).BreakingChanges);

        Assert.Equal(("NAME_MISMATCH", "$"), (change.Kind, change.Location));
        Assert.Contains("record com.acme.Order", change.Message);
        Assert.Contains("record com.other.Order", change.Message);
    }

    [Fact]
    public void A_recursive_json_schema_through_definitions_and_oneOf_reports_each_change_once()
    {
        static string Schema(string valueType) =>
            """
            {"$ref":"#/definitions/node","definitions":{"node":{"type":"object","properties":{
              "value":{"type":"VALUE"},
              "next":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/node"}]}}}}}
            """.Replace("VALUE", valueType);

        var result = SchemaCompatibility.Check("JSON", Schema("integer"), [Schema("string")], CompatibilityPolicy.Full);

        Assert.Equal(["BACKWARD TYPE_CHANGED #/properties/value", "FORWARD TYPE_CHANGED #/properties/value"],
            result.BreakingChanges.Select(c => $"{c.Direction.ToString().ToUpperInvariant()} {c.Kind} {c.Location}"));
    }

    [Theory]
    [InlineData("customer.json", true)]
    [InlineData("customer-v2.json", false)]
    public void References_to_other_documents_are_compared_by_their_text(string newReference, bool compatible)
    {
        static string Schema(string reference) =>
            """{"type":"object","properties":{"customer":{"$ref":"REFERENCE"}}}""".Replace("REFERENCE", reference);

        var result = SchemaCompatibility.Check("JSON", Schema(newReference), [Schema("customer.json")], CompatibilityPolicy.Backward);

        Assert.Equal(compatible, result.IsCompatible);
        if (!compatible)
        {
            var change = Assert.Single(result.BreakingChanges);
            Assert.Equal(("TYPE_CHANGED", "#/properties/customer"), (change.Kind, change.Location));
        }
    }

    [Fact]
    public void Draft_2020_12_prefix_items_follow_the_tuple_rules()
    {
        const string One = """{"type":"array","prefixItems":[{"type":"string"}],"items":false}""";
        const string Two = """{"type":"array","prefixItems":[{"type":"string"},{"type":"integer"}],"items":false}""";

        var change = Assert.Single(SchemaCompatibility.Check("JSON", Two, [One], CompatibilityPolicy.Full).BreakingChanges);

        Assert.Equal((CompatibilityDirection.Forward, "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL", "#/prefixItems/1"),
            (change.Direction, change.Kind, change.Location));
    }

    [Theory]
    [InlineData("""{"type":"array"}""", """{"type":"array","items":true}""")]
    [InlineData("""{"type":"object","properties":{"tags":{"type":"string"}}}""", """{"type":"object","properties":{"tags":{"type":["string","null"]}}}""")]
    public void Changes_that_only_accept_more_are_backward_compatible(string previous, string candidate)
    {
        Assert.True(SchemaCompatibility.Check("JSON", candidate, [previous], CompatibilityPolicy.Backward).IsCompatible);
    }
}
