using Governance.Model.Contracts.Compatibility;

namespace Governance.Model.Tests.Contracts.Compatibility;

/// <summary>Which schema types are checked, and what happens with the others.</summary>
public class SchemaTypeTests
{
    private const string Proto = """syntax = "proto3"; message Order { int64 id = 1; }""";

    [Fact]
    public void Protobuf_is_reported_as_not_supported_rather_than_compatible()
    {
        var result = SchemaCompatibility.Check("PROTOBUF", Proto, [Proto], CompatibilityPolicy.Backward);

        Assert.Equal(CompatibilityOutcome.UnsupportedSchemaType, result.Outcome);
        Assert.False(result.IsCompatible);
        Assert.Equal("PROTOBUF", result.SchemaType);
        Assert.Contains("PROTOBUF schemas is not supported", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void An_unknown_schema_type_is_named_in_the_result()
    {
        var result = SchemaCompatibility.Check("XML", "<a/>", [], CompatibilityPolicy.Backward);

        Assert.Equal(CompatibilityOutcome.UnsupportedSchemaType, result.Outcome);
        Assert.Contains("Unknown schema type 'XML'; expected AVRO, JSON or PROTOBUF", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData(null, "AVRO")]
    [InlineData(" ", "AVRO")]
    [InlineData("avro", "AVRO")]
    [InlineData("json", "JSON")]
    public void The_type_defaults_to_avro_and_is_case_insensitive(string? schemaType, string expected)
    {
        var schema = expected == "AVRO" ? "\"string\"" : """{"type":"string"}""";

        var result = SchemaCompatibility.Check(schemaType, schema, [schema], CompatibilityPolicy.Full);

        Assert.Equal(expected, result.SchemaType);
        Assert.Equal(CompatibilityOutcome.Compatible, result.Outcome);
        Assert.Equal(CompatibilityPolicy.Full, result.Policy);
    }
}
