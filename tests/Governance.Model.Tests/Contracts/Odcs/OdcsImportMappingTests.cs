using Governance.Model.Contracts.Compatibility;
using Governance.Model.Contracts.Odcs;
using Governance.Model.Contracts;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>ODCS constructs beyond the examples map onto the contract model.</summary>
public class OdcsImportMappingTests
{
    [Fact]
    public void CEL_rules_import_with_their_field_and_kept_members()
    {
        var result = OdcsYaml.Import(OdcsSnippets.Header + """
            schema:
              - name: orders
                properties:
                  - name: qty
                    logicalType: integer
                    quality:
                      - name: positive
                        description: Quantities are positive
                        type: custom
                        engine: CEL
                        implementation: record.qty > 0
                        severity: warning
                        dimension: accuracy
                quality:
                  - name: has_id
                    type: custom
                    engine: cel
                    implementation: has(record.id)
            """);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(
            [
                new ContractQualityRule
                {
                    Name = "positive", Description = "Quantities are positive", Severity = QualitySeverity.Warning, Expression = "record.qty > 0",
                    Field = "qty", Preserved = [new PreservedMember("dimension", "\"accuracy\"")],
                },
                new ContractQualityRule { Name = "has_id", Expression = "has(record.id)", Severity = QualitySeverity.Error },
            ],
            result.Contract!.QualityRules);
        var note = Assert.Single(result.Notes);
        Assert.Equal(("schema[0].quality[0]", "no severity: read as error"), (note.Path, note.Message));
    }

    [Fact]
    public void Modeled_custom_properties_import()
    {
        var contract = OdcsYaml.Import(OdcsSnippets.Header + """
            schema:
              - name: orders
            customProperties:
              - property: schemaRegistrySubject
                value: orders-value
              - property: schemaRegistryVersionRange
                value: "[2,)"
              - property: schemaCompatibility
                value: full_transitive
              - property: consumerGroupMaxLag
                value: [{consumerGroup: billing, maxLag: 10}]
              - property: deadLetterTopicRequired
                value: true
              - property: deadLetterTopic
                value: orders.dlq
              - property: costCenter
                value: {code: 42}
            """).Contract!;

        Assert.Equal(new ContractSchemaReference { Subject = "orders-value", VersionRange = "[2,)" }, contract.SchemaReference);
        Assert.Equal(CompatibilityPolicy.FullTransitive, contract.Compatibility);
        Assert.Equal([new ConsumerLagObjective("billing", 10)], contract.ServiceLevels.ConsumerGroupLag);
        Assert.True(contract.ServiceLevels.DeadLetterTopicRequired);
        Assert.Equal("orders.dlq", contract.ServiceLevels.DeadLetterTopic);
        Assert.Equal([new ContractCustomProperty("costCenter", """{"code":42}""")], contract.CustomProperties);
    }
}
