using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Bad input is rejected as a whole, with problems that name the offending member and where it is.</summary>
public class OdcsImportErrorTests
{
    internal static ContractProblem SingleProblem(string yaml, ContractProblemKind kind)
    {
        var result = OdcsYaml.Import(yaml);
        Assert.Null(result.Contract); // nothing half-imported
        var problem = Assert.Single(result.Problems);
        Assert.Equal(kind, problem.Kind);
        return problem;
    }

    [Fact]
    public void A_missing_required_member_names_it_at_its_parents_line()
    {
        var problem = SingleProblem("apiVersion: v3.1.0\nkind: DataContract\nid: x\nstatus: draft\n", ContractProblemKind.Schema);

        Assert.Equal(("version", "'version' is required", 1), (problem.Path, problem.Message, problem.Line!.Value));
    }

    [Fact]
    public void A_kafka_server_without_host_is_a_schema_violation_naming_the_host()
    {
        var problem = SingleProblem(OdcsSnippets.Header + "servers:\n  - server: prod\n    type: kafka\n", ContractProblemKind.Schema);

        Assert.Equal(("servers[0].host", "'host' is required", 7), (problem.Path, problem.Message, problem.Line!.Value));
    }

    [Fact]
    public void Options_of_another_logical_type_are_not_allowed()
    {
        var problem = SingleProblem(OdcsSnippets.Header + """
            schema:
              - name: orders
                properties:
                  - name: qty
                    logicalType: integer
                    logicalTypeOptions:
                      minLength: 3
            """, ContractProblemKind.Schema);

        Assert.Equal("schema[0].properties[0].logicalTypeOptions.minLength", problem.Path);
        Assert.StartsWith("'minLength' is not an allowed member here", problem.Message, StringComparison.Ordinal);
        Assert.Equal((12, 11), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void Every_schema_violation_is_reported_at_once()
    {
        var result = OdcsYaml.Import(OdcsSnippets.Header + "unknownThing: 1\ntags: oops\nschema:\n  - name: t\n    quality:\n      - type: sql\n");

        Assert.Null(result.Contract);
        Assert.Equal(["schema[0].quality[0]", "schema[0].quality[0].query", "tags", "unknownThing"], result.Problems.Select(p => p.Path).Order());
        Assert.All(result.Problems, p => Assert.Equal(ContractProblemKind.Schema, p.Kind));
        Assert.StartsWith("needs exactly one of mustBe, mustNotBe,", result.Problems.Single(p => p.Path == "schema[0].quality[0]").Message, StringComparison.Ordinal);
        Assert.Equal("'unknownThing' is not an allowed member here", result.Problems.Single(p => p.Path == "unknownThing").Message[..44]);
    }

    [Fact]
    public void Minimum_above_maximum_names_the_minimum()
    {
        var problem = SingleProblem(OdcsSnippets.Header + """
            schema:
              - name: orders
                properties:
                  - name: qty
                    logicalType: integer
                    logicalTypeOptions:
                      minimum: 10
                      maximum: 5
            """, ContractProblemKind.Invalid);

        Assert.Equal(("schema[0].properties[0].logicalTypeOptions.minimum", "minimum 10 is greater than maximum 5", 12),
            (problem.Path, problem.Message, problem.Line!.Value));
    }

    [Fact]
    public void An_allowed_value_outside_the_range_is_located_where_it_is_written()
    {
        var problem = SingleProblem(OdcsSnippets.Header + """
            schema:
              - name: orders
                properties:
                  - name: qty
                    logicalType: integer
                    logicalTypeOptions:
                      maximum: 100
                    quality:
                      - name: even
                        type: custom
                        engine: cel
                        implementation: record.qty % 2 == 0
                        severity: warning
                      - metric: invalidValues
                        arguments:
                          validValues: [2, 50, 200]
                        mustBe: 0
            """, ContractProblemKind.Invalid);

        Assert.Equal("schema[0].properties[0].quality[1].arguments.validValues[2]", problem.Path);
        Assert.Equal("allowed value 200 contradicts the field's rules: it is above the maximum 100", problem.Message);
        Assert.Equal(21, problem.Line);
    }

    [Fact]
    public void Inclusive_and_exclusive_bounds_together_contradict()
    {
        var problem = SingleProblem(OdcsSnippets.Header + """
            schema:
              - name: orders
                properties:
                  - name: qty
                    logicalType: integer
                    logicalTypeOptions:
                      minimum: 1
                      exclusiveMinimum: 0
            """, ContractProblemKind.Invalid);

        Assert.Equal(("schema[0].properties[0].logicalTypeOptions.exclusiveMinimum", "both minimum and exclusiveMinimum are given: keep one"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Duplicate_field_names_are_named()
    {
        var problem = SingleProblem(OdcsSnippets.Header + "schema:\n  - name: t\n    properties:\n      - name: id\n      - name: id\n", ContractProblemKind.Invalid);

        Assert.Equal(("schema[0].properties[1].name", "duplicate field name 'id' (also schema[0].properties[0])", 10), (problem.Path, problem.Message, problem.Line!.Value));
    }

    [Fact]
    public void Modeled_custom_properties_are_located_where_they_are_written()
    {
        var result = OdcsYaml.Import(OdcsSnippets.Header + """
            customProperties:
              - property: costCenter
                value: CC-1
              - property: schemaRegistryVersion
                value: 0
              - property: schemaRegistrySubject
                value: orders-value
              - property: schemaCompatibility
                value: SIDEWAYS
            """);

        Assert.Null(result.Contract);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("customProperties[3].value", ContractProblemKind.Invalid), (problem.Path, problem.Kind));
        Assert.StartsWith("unknown compatibility policy 'SIDEWAYS'", problem.Message, StringComparison.Ordinal);

        var fixedPolicy = OdcsYaml.Import(OdcsSnippets.Header + """
            customProperties:
              - property: costCenter
                value: CC-1
              - property: schemaRegistryVersion
                value: 0
              - property: schemaRegistrySubject
                value: orders-value
            """);
        var pin = Assert.Single(fixedPolicy.Problems);
        Assert.Equal(("customProperties[1].value", "pinned schema version 0 is not a version: versions start at 1", 10), (pin.Path, pin.Message, pin.Line!.Value));
    }

    [Fact]
    public void A_version_both_pinned_and_ranged_contradicts()
    {
        var problem = SingleProblem(OdcsSnippets.Header + """
            customProperties:
              - property: schemaRegistrySubject
                value: orders-value
              - property: schemaRegistryVersionRange
                value: "[2,5]"
              - property: schemaRegistryVersion
                value: 3
            """, ContractProblemKind.Invalid);

        Assert.Equal(("customProperties[1].value", "a schema version is both pinned and given a range: keep one"), (problem.Path, problem.Message));
    }

    [Fact]
    public void An_unknown_subject_is_rejected_when_the_platform_knows_the_subjects()
    {
        var yaml = OdcsSnippets.Header + "customProperties:\n  - property: schemaRegistrySubject\n    value: orderz-value\n";
        var options = new ContractValidationOptions { IsKnownSubject = subject => subject == "orders-value" };

        var result = OdcsYaml.Import(yaml, options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("customProperties[0].value", "unknown Schema Registry subject 'orderz-value'"), (problem.Path, problem.Message));
        Assert.True(OdcsYaml.Import(yaml).Succeeded);
    }

    [Fact]
    public void No_nulls_against_required_false_contradicts()
    {
        var problem = SingleProblem(OdcsSnippets.Header + """
            schema:
              - name: t
                properties:
                  - name: id
                    required: false
                    quality:
                      - metric: nullValues
                        mustBe: 0
            """, ContractProblemKind.Invalid);

        Assert.Equal(("schema[0].properties[0].quality[0]", "a rule that no value may be null contradicts required: false on the same field"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Legacy_team_lists_are_located_in_the_list()
    {
        var problem = SingleProblem(OdcsSnippets.Header + "team:\n  - username: ada\n  - username: ' '\n", ContractProblemKind.Invalid);

        Assert.Equal(("team[1].username", "a stakeholder needs a username", 8), (problem.Path, problem.Message, problem.Line!.Value));
    }

    [Theory]
    [InlineData("slaProperties:\n  - property: latency\n    value: 2\n    unit: m\n", "slaProperties[0].unit", "latency needs a time unit: ms, s, min, h or d, not 'm'")]
    [InlineData("slaProperties:\n  - property: latency\n    value: soon\n", "slaProperties[0].value", "latency (freshness) must be a number of time units")]
    [InlineData("schema:\n  - name: t\n    properties:\n      - name: a\n        classification: secret\n", "schema[0].properties[0].classification", "classification 'secret' is not one of public, confidential, pii, pci")]
    [InlineData("schema:\n  - name: t\n    properties:\n      - name: a\n        logicalType: object\n        properties:\n          - name: b\n", "schema[0].properties[0].properties", "nested elements are not supported")]
    [InlineData("schema:\n  - name: t\n    quality:\n      - type: text\n        description: be good\n", "schema[0].quality[0].type", "text quality rules are not supported")]
    [InlineData("schema:\n  - name: t\n    quality:\n      - name: r\n        type: custom\n        engine: cel\n        implementation: 'true'\n        severity: critical\n", "schema[0].quality[0].severity", "severity 'critical' is not one of info, warning, error")]
    [InlineData("customProperties:\n  - property: consumerGroupMaxLag\n    value:\n      - consumerGroup: billing\n        maxLag: lots\n", "customProperties[0].value[0].maxLag", "maxLag must be a whole number of records")]
    [InlineData("customProperties:\n  - property: schemaRegistryVersion\n    value: 2\n", "customProperties[0]", "schemaRegistryVersion needs schemaRegistrySubject")]
    public void Unsupported_or_malformed_constructs_are_named(string tail, string path, string phrase)
    {
        var result = OdcsYaml.Import(OdcsSnippets.Header + tail);

        Assert.Null(result.Contract);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(phrase, problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void A_retired_status_has_no_place_in_the_lifecycle()
    {
        var problem = SingleProblem(OdcsSnippets.Header.Replace("status: active", "status: retired", StringComparison.Ordinal), ContractProblemKind.Unsupported);

        Assert.Equal(("status", 5), (problem.Path, problem.Line!.Value));
        Assert.StartsWith("status 'retired' has no place in the contract lifecycle", problem.Message, StringComparison.Ordinal);
    }
}
