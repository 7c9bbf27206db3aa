using Governance.Model.Contracts.Compatibility;
using static Governance.Model.Tests.Contracts.Compatibility.AvroSchemas;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>
/// Three-version histories where the plain and the transitive policy disagree. Confluent, "Schema Evolution and
/// Compatibility", summary table: plain levels check the latest version, *_TRANSITIVE levels all previous versions.
/// </summary>
public class TransitivePolicyTests
{
    // v1 has "a" without default, v2 gives it a default, the new schema drops it: v2 still reads new data, v1 cannot.
    private static readonly string[] DroppedFieldHistory =
    [
        Order(Id, Primitive("a", "string")),
        Order(Id, Field("a", "\"string\"", "\"\"")),
    ];

    // v1 lacks "b", v2 adds it with a default, the new schema requires it: it reads v2 data but not v1 data.
    private static readonly string[] RequiredFieldHistory =
    [
        Order(Id),
        Order(Id, Field("b", "\"string\"", "\"\"")),
    ];

    [Theory]
    [InlineData("BACKWARD", true)]
    [InlineData("BACKWARD_TRANSITIVE", false)]
    public void Backward_transitive_also_reads_the_oldest_version(string policy, bool compatible)
    {
        var result = SchemaCompatibility.Check("AVRO", Order(Id, Primitive("b", "string")), RequiredFieldHistory, CompatibilityPolicies.Parse(policy));

        Assert.Equal(compatible, result.IsCompatible);
        if (!compatible)
        {
            var change = Assert.Single(result.BreakingChanges);
            Assert.Equal(("READER_FIELD_MISSING_DEFAULT_VALUE", "$.b", CompatibilityDirection.Backward, 0),
                (change.Kind, change.Location, change.Direction, change.PreviousVersionIndex));
            Assert.Contains("previous version 1", change.Message);
        }
    }

    [Theory]
    [InlineData("FORWARD", true)]
    [InlineData("FORWARD_TRANSITIVE", false)]
    [InlineData("FULL", true)]
    [InlineData("FULL_TRANSITIVE", false)]
    public void Forward_transitive_keeps_the_oldest_readers_working(string policy, bool compatible)
    {
        var result = SchemaCompatibility.Check("AVRO", Order(Id), DroppedFieldHistory, CompatibilityPolicies.Parse(policy));

        Assert.Equal(compatible, result.IsCompatible);
        if (!compatible)
        {
            var change = Assert.Single(result.BreakingChanges);
            Assert.Equal(("READER_FIELD_MISSING_DEFAULT_VALUE", "$.a", CompatibilityDirection.Forward, 0),
                (change.Kind, change.Location, change.Direction, change.PreviousVersionIndex));
        }
    }

    [Theory]
    [InlineData("BACKWARD", """[{"type":"number"},{"type":"integer"}]""", true)]
    [InlineData("BACKWARD_TRANSITIVE", """[{"type":"number"},{"type":"integer"}]""", false)]
    [InlineData("FORWARD", """[{"type":"integer"},{"type":"number"}]""", true)]
    [InlineData("FORWARD_TRANSITIVE", """[{"type":"integer"},{"type":"number"}]""", false)]
    public void Json_schema_transitive_policies_check_every_previous_version(string policy, string history, bool compatible)
    {
        var previous = System.Text.Json.JsonDocument.Parse(history).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        var candidate = previous[^1];

        var result = SchemaCompatibility.Check("JSON", candidate, previous, CompatibilityPolicies.Parse(policy));

        Assert.Equal(compatible, result.IsCompatible);
        if (!compatible)
        {
            var change = Assert.Single(result.BreakingChanges);
            Assert.Equal(("TYPE_NARROWED", "#/", 0), (change.Kind, change.Location, change.PreviousVersionIndex));
        }
    }

    [Fact]
    public void Breaking_changes_are_listed_per_version_oldest_first_then_backward_before_forward()
    {
        string[] history = [Order(Id, Primitive("a", "int")), Order(Id, Primitive("a", "int"))];

        var result = SchemaCompatibility.Check("AVRO", Order(Id, Primitive("a", "string")), history, CompatibilityPolicy.FullTransitive);

        Assert.Equal(
            [(0, CompatibilityDirection.Backward), (0, CompatibilityDirection.Forward), (1, CompatibilityDirection.Backward), (1, CompatibilityDirection.Forward)],
            result.BreakingChanges.Select(c => (c.PreviousVersionIndex, c.Direction)));
        Assert.All(result.BreakingChanges, c => Assert.Equal(("TYPE_MISMATCH", "$.a"), (c.Kind, c.Location)));
    }

    [Fact]
    public void None_accepts_any_change_and_a_first_version_is_always_compatible()
    {
        var breaking = SchemaCompatibility.Check("AVRO", "\"string\"", [Order(Id)], CompatibilityPolicy.None);
        var first = SchemaCompatibility.Check("AVRO", Order(Id), [], CompatibilityPolicy.FullTransitive);

        Assert.Equal(CompatibilityOutcome.Compatible, breaking.Outcome);
        Assert.Empty(breaking.BreakingChanges);
        Assert.Equal(CompatibilityOutcome.Compatible, first.Outcome);
    }
}
