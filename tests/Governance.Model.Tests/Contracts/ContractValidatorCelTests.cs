using Governance.Model.Contracts;
using Governance.Model.Tests.Contracts.Odcs;

namespace Governance.Model.Tests.Contracts;

/// <summary>A quality rule whose expression is not CEL is refused when the contract is written, not on every record later.</summary>
public class ContractValidatorCelTests
{
    [Fact]
    public void A_rule_that_is_not_CEL_names_the_rule_and_the_position_in_the_expression()
    {
        var valid = SampleContracts.Full();
        var broken = valid with
        {
            QualityRules = valid.QualityRules.Select((r, i) => i == 3 ? r with { Expression = "record.amount >" } : r).ToValueList(),
        };

        var problem = Assert.Single(ContractValidator.Validate(broken));

        Assert.Equal("schema[0].quality[0].implementation", problem.Path);
        Assert.StartsWith("not a valid CEL expression: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("at 1:16", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_rule_that_is_not_CEL_is_located_in_the_document()
    {
        var problem = OdcsImportErrorTests.SingleProblem(OdcsSnippets.Header + """
            schema:
              - name: orders
                properties:
                  - name: qty
                    logicalType: integer
                    quality:
                      - name: positive
                        type: custom
                        engine: cel
                        implementation: record.qty > > 0
            """, ContractProblemKind.Invalid);

        Assert.Equal("schema[0].properties[0].quality[0].implementation", problem.Path);
        Assert.Contains("not a valid CEL expression", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }
}
