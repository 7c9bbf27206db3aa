using Governance.Model.Contracts.Compatibility;
using Governance.Web.Contracts.Enforcement;

namespace Governance.Web.Tests.Contracts;

/// <summary>The pieces of enforcement that need no database: names, levels, field types and schema references.</summary>
public sealed class EnforcementRulesTests
{
    private const string Address = """{"type":"record","name":"Address","namespace":"com.retail.common","fields":[{"name":"street","type":"string"},{"name":"zip","type":"string"}]}""";

    [Theory]
    [InlineData("email", true)]
    [InlineData("customerEmail", true)]
    [InlineData("customer_phone", true)]
    [InlineData("loyalty_card_number", true)]
    [InlineData("cardToken", true)]
    [InlineData("IBAN", true)]
    [InlineData("firstName", true)]
    [InlineData("last-name", true)]
    [InlineData("postalCode", true)]
    [InlineData("date_of_birth", true)]
    [InlineData("houseNumber", true)]
    [InlineData("SSN", true)]
    [InlineData("product_name", false)]
    [InlineData("mailbox_size", false)]
    [InlineData("orderId", false)]
    [InlineData("panel", false)]
    [InlineData("amount", false)]
    public void Personal_looking_names_are_recognised_word_by_word(string name, bool personal) =>
        Assert.Equal(personal, PiiFieldNames.LooksPersonal(name));

    [Theory]
    [InlineData(CompatibilityPolicy.Full, CompatibilityPolicy.Backward, true)]
    [InlineData(CompatibilityPolicy.BackwardTransitive, CompatibilityPolicy.Backward, true)]
    [InlineData(CompatibilityPolicy.Backward, CompatibilityPolicy.BackwardTransitive, false)]
    [InlineData(CompatibilityPolicy.Forward, CompatibilityPolicy.Backward, false)]
    [InlineData(CompatibilityPolicy.None, CompatibilityPolicy.Forward, false)]
    [InlineData(CompatibilityPolicy.FullTransitive, CompatibilityPolicy.Full, true)]
    [InlineData(CompatibilityPolicy.Backward, CompatibilityPolicy.Full, false)]
    [InlineData(CompatibilityPolicy.None, CompatibilityPolicy.None, true)]
    public void A_registry_level_satisfies_a_policy_when_it_checks_as_much(CompatibilityPolicy level, CompatibilityPolicy policy, bool satisfies) =>
        Assert.Equal(satisfies, CompatibilityRules.Satisfies(level, policy));

    [Theory]
    [InlineData("long", false, "integer")]
    [InlineData("decimal(10,2)", false, "number")]
    [InlineData("string (date-time)", false, "timestamp")]
    [InlineData("timestamp-millis", false, "timestamp")]
    [InlineData("array<string>", false, "array")]
    [InlineData("map<string,long>", false, "object")]
    [InlineData("com.retail.Address", true, "object")]
    [InlineData("com.retail.OrderStatus", false, null)]
    [InlineData("union<string,long>", false, null)]
    public void Facet_types_are_read_as_the_families_logical_types_name(string type, bool nested, string? family) =>
        Assert.Equal(family, SchemaFieldTypes.Family(type, nested));

    [Fact]
    public void Types_from_referenced_subjects_are_defined_in_place_so_the_versions_can_be_compared()
    {
        const string v1 = """{"type":"record","name":"Order","namespace":"com.retail.orders","fields":[{"name":"id","type":"string"},{"name":"ship","type":"com.retail.common.Address"},{"name":"bill","type":["null","com.retail.common.Address"],"default":null}]}""";
        const string v2 = """{"type":"record","name":"Order","namespace":"com.retail.orders","fields":[{"name":"id","type":"string"},{"name":"ship","type":"com.retail.common.Address"},{"name":"bill","type":["null","com.retail.common.Address"],"default":null},{"name":"gift","type":"boolean"}]}""";
        var referenced = new Dictionary<string, string> { ["com.retail.common.Address"] = Address };

        Assert.Equal(CompatibilityOutcome.InvalidSchema, SchemaCompatibility.Check("AVRO", v2, [v1], CompatibilityPolicy.Backward).Outcome);
        var result = CompatibilityRules.Compare("AVRO", v2, [v1], CompatibilityPolicy.Backward, referenced);

        var change = Assert.Single(result.BreakingChanges);
        Assert.Equal(("$.gift", AvroBreakingChangeKinds.ReaderFieldMissingDefaultValue), (change.Location, change.Kind));
        // The first use defines the type; the second stays a name.
        var inlined = AvroReferences.Inline(v1, referenced);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(inlined, "\"street\""));
        Assert.Equal(v1, AvroReferences.Inline(v1, new Dictionary<string, string>()));
    }
}
