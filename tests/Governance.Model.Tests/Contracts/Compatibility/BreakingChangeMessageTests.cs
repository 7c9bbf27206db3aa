using Governance.Model.Contracts.Compatibility;
using static Governance.Model.Tests.Contracts.Compatibility.AvroSchemas;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Messages say where, what changed and which readers break, naming the conflicting version.</summary>
public class BreakingChangeMessageTests
{
    [Fact]
    public void An_avro_field_added_without_default_explains_the_backward_break()
    {
        var result = SchemaCompatibility.Check("AVRO", Order(Id, Primitive("email", "string")), [Order(Id), Order(Id)], CompatibilityPolicy.Backward);

        var change = Assert.Single(result.BreakingChanges);
        Assert.Equal(1, change.PreviousVersionIndex);
        Assert.Equal(
            "At $.email: Field 'email' of record com.acme.Order is in the new schema without a default value but not in previous version 2, "
            + "so the new schema has no value for it. Breaks BACKWARD compatibility: consumers using the new schema cannot read data "
            + "produced with previous version 2.",
            change.Message);
    }

    [Fact]
    public void An_avro_enum_symbol_added_explains_the_forward_break()
    {
        var previous = Order(Field("status", Enum("Status", "NEW")));
        var candidate = Order(Field("status", Enum("Status", "NEW", "PAID", "SHIPPED")));

        var change = Assert.Single(SchemaCompatibility.Check("AVRO", candidate, [previous], CompatibilityPolicy.Forward).BreakingChanges);

        Assert.Equal(
            "At $.status: The new schema can write symbols PAID, SHIPPED of enum com.acme.Status, which previous version 1 does not have, "
            + "and previous version 1 declares no enum default to read them as. Breaks FORWARD compatibility: consumers still using "
            + "previous version 1 cannot read data produced with the new schema.",
            change.Message);
    }

    [Fact]
    public void A_json_constraint_tightened_names_both_values()
    {
        var result = SchemaCompatibility.Check("JSON", """{"type":"string","maxLength":5}""", ["""{"type":"string","maxLength":10}"""], CompatibilityPolicy.Full);

        var change = Assert.Single(result.BreakingChanges);
        Assert.Equal(CompatibilityDirection.Backward, change.Direction);
        Assert.Equal(
            "At #/maxLength: The new schema lowers maxLength from 10 to 5, so values valid under previous version 1 may exceed it. "
            + "Breaks BACKWARD compatibility: consumers using the new schema cannot read data produced with previous version 1.",
            change.Message);
    }

    [Fact]
    public void A_json_property_removed_from_a_closed_model_explains_the_backward_break()
    {
        var result = SchemaCompatibility.Check("JSON",
            """{"type":"object","properties":{},"additionalProperties":false}""",
            ["""{"type":"object","properties":{"sku":{"type":"string"}},"additionalProperties":false}"""],
            CompatibilityPolicy.Full);

        // Old readers accept the new data (sku was optional); only new readers reject old data that still has sku.
        var change = Assert.Single(result.BreakingChanges);
        Assert.Equal((CompatibilityDirection.Backward, "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL", "#/properties/sku"),
            (change.Direction, change.Kind, change.Location));
        Assert.StartsWith("At #/properties/sku: Property 'sku' of previous version 1 is gone from the new schema, "
            + "whose closed content model (additionalProperties: false) rejects data that has it.", change.Message);
    }
}
