using System.Text.Json.Nodes;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Contracts built in code survive export and import unchanged, as schema-valid ODCS.</summary>
public class OdcsRoundTripTests
{
    public static TheoryData<string> Samples() => new("full", "pinned", "minimal");

    private static DataContract Sample(string name) => name switch
    {
        "full" => SampleContracts.Full(),
        "pinned" => SampleContracts.FullPinned(),
        _ => SampleContracts.Minimal(),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_contracts_are_valid(string name) => Assert.Empty(ContractValidator.Validate(Sample(name)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Import_of_export_equals_the_original(string name)
    {
        var contract = Sample(name);

        var result = OdcsYaml.Import(OdcsYaml.Export(contract));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Empty(result.Notes);
        Assert.Equal(contract, result.Contract);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Export_is_valid_against_the_ODCS_schema(string name) => Assert.Empty(OdcsYaml.ValidateDocument(OdcsYaml.Export(Sample(name))));

    [Fact]
    public void Export_writes_the_documented_ODCS_members()
    {
        var document = OdcsDocument.Parse(OdcsYaml.Export(SampleContracts.Full()));

        Assert.Equal("v3.1.0", (string?)document["apiVersion"]);
        Assert.Equal("DataContract", (string?)document["kind"]);
        Assert.Equal("active", (string?)document["status"]);
        Assert.Equal("shop.orders.v1", (string?)OdcsDocument.At(document, "schema[0].physicalName"));
        Assert.Equal("kafka", (string?)OdcsDocument.At(document, "servers[1].type"));
        Assert.Equal("acme", (string?)document["tenant"]);
        Assert.Equal("https://wiki.example.com/orders", (string?)OdcsDocument.At(document, "description.authoritativeDefinitions[0].url"));
        AssertJson(
            """{"type":"library","metric":"invalidValues","arguments":{"validValues":["NEW","PAID","SHIPPED"]},"mustBe":0}""",
            OdcsDocument.At(document, "schema[0].properties[1].quality[0]"));
        AssertJson(
            """{"name":"paid_has_amount","type":"custom","engine":"cel","implementation":"record.status != 'PAID' || record.amount > 0","severity":"error"}""",
            OdcsDocument.At(document, "schema[0].properties[1].quality[1]"));
        AssertJson("""{"name":"amount_covers_quantity","description":"At least one cent per item","type":"custom","engine":"cel","implementation":"record.amount >= record.quantity * 0.01","severity":"warning","dimension":"accuracy"}""",
            OdcsDocument.At(document, "schema[0].quality[0]"));
        AssertJson("""{"property":"latency","value":15,"unit":"min","element":"placed_at"}""", OdcsDocument.At(document, "slaProperties[0]"));
        Assert.Equal(
            ["schemaRegistrySubject", "schemaRegistryVersionRange", "schemaCompatibility", "consumerGroupMaxLag", "deadLetterTopicRequired", "deadLetterTopic", "costCenter", "reviewers"],
            document["customProperties"]!.AsArray().Select(p => (string?)p!["property"]));
        Assert.Equal("BACKWARD_TRANSITIVE", (string?)OdcsDocument.At(document, "customProperties[2].value"));
        AssertJson("""[{"consumerGroup":"billing","maxLag":1000},{"consumerGroup":"analytics","maxLag":50000}]""", OdcsDocument.At(document, "customProperties[3].value"));
    }

    [Fact]
    public void Quality_rules_built_out_of_document_order_come_back_in_document_order()
    {
        var contract = SampleContracts.Full();
        var recordLevelFirst = contract.QualityRules.Where(r => r.Field is null).Concat(contract.QualityRules.Where(r => r.Field is not null));
        var shuffled = contract with { QualityRules = recordLevelFirst.ToValueList() };
        Assert.NotEqual(contract.QualityRules, shuffled.QualityRules);

        var imported = OdcsYaml.Import(OdcsYaml.Export(shuffled)).Contract!;

        Assert.Equal(contract.QualityRules, imported.QualityRules);
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}{Environment.NewLine}actual   {actual?.ToJsonString()}");

    [Fact]
    public void Every_path_the_validator_can_name_exists_in_the_export()
    {
        var contract = SampleContracts.Full();
        var document = OdcsDocument.Parse(OdcsYaml.Export(contract));

        for (var i = 0; i < contract.Fields.Count; i++)
        {
            var field = contract.Fields[i];
            Assert.Equal(field.Name, (string?)OdcsDocument.At(document, ContractPaths.Field(i) + ".name"));
            foreach (var (set, option) in new[]
            {
                (field.Pattern is not null, "pattern"), (field.MinLength is not null, "minLength"), (field.MaxLength is not null, "maxLength"),
                (field.Format is not null, "format"), (field.Minimum is { Exclusive: false }, "minimum"), (field.Minimum is { Exclusive: true }, "exclusiveMinimum"),
                (field.Maximum is { Exclusive: false }, "maximum"), (field.Maximum is { Exclusive: true }, "exclusiveMaximum"),
            })
            {
                if (set)
                {
                    OdcsDocument.At(document, ContractPaths.FieldOption(i, option));
                }
            }

            if (field.AllowedValues is { } allowed)
            {
                Assert.Equal(allowed.Count, OdcsDocument.At(document, ContractPaths.AllowedValues(i))!.AsArray().Count);
            }
        }

        for (var r = 0; r < contract.QualityRules.Count; r++)
        {
            Assert.Equal(contract.QualityRules[r].Name, (string?)OdcsDocument.At(document, ContractPaths.QualityRule(contract, r) + ".name"));
        }

        foreach (var name in ContractPaths.ModeledCustomProperties(contract))
        {
            var value = ContractPaths.CustomPropertyValue(contract, name);
            Assert.Equal(name, (string?)OdcsDocument.At(document, value[..^".value".Length] + ".property"));
        }

        for (var k = 0; k < contract.CustomProperties.Count; k++)
        {
            Assert.Equal(contract.CustomProperties[k].Property, (string?)OdcsDocument.At(document, ContractPaths.OtherCustomProperty(contract, k) + ".property"));
        }

        Assert.Equal("latency", (string?)OdcsDocument.At(document, ContractPaths.Freshness + ".property"));
        Assert.Equal("retention", (string?)OdcsDocument.At(document, ContractPaths.OtherSla(contract, 0) + ".property"));
        Assert.Equal("staging", (string?)OdcsDocument.At(document, ContractPaths.Server(1) + ".server"));
        Assert.Equal("bob", (string?)OdcsDocument.At(document, ContractPaths.Member(1) + ".username"));
    }

    [Fact]
    public void Strings_that_look_like_other_YAML_values_stay_strings()
    {
        string[] tricky = ["true", "no", "Yes", "on", "~", "null", "1.0", "007", "0x1F", "1_000", "1e3", ".inf", "12:30", "2022-10-03", "-", "- item",
            "a: b", "#x", "x #y", "@at", "`tick", "'quoted'", "\"double\"", "[list]", "{map}", "*alias", "&anchor", "!tag", "%pct", "|", ">",
            "trailing ", " leading", "two\nlines", "tab\there", " indented\nfirst line", "x\n ", "\n\nx", "x\n\n\n", "a\r\nb", "a\u0085b", "a\u2028b", "cr\r", "bell\u0007", "nul\u0000", "ünïcödé", "emoji 🚀", "back\\slash", "<<"];
        var contract = SampleContracts.Minimal() with { Tags = tricky.ToValueList(), Name = "multi\nline\n\nwith blank line\n" };

        var yaml = OdcsYaml.Export(contract);
        var result = OdcsYaml.Import(yaml);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(contract.Tags, result.Contract!.Tags);
        Assert.Equal(contract.Name, result.Contract.Name);
        Assert.All(OdcsDocument.Parse(yaml)["tags"]!.AsArray(), tag => Assert.Equal(System.Text.Json.JsonValueKind.String, tag!.GetValueKind()));
    }

    [Fact]
    public void Numbers_keep_their_precision()
    {
        var contract = SampleContracts.Minimal() with
        {
            Dataset = new ContractDataset { Name = "t" },
            Fields = [new ContractField { Name = "price", LogicalType = FieldLogicalType.Number, Minimum = new ContractBound(0.1m), Maximum = new ContractBound(12345678901234567890.123456789m) }],
        };

        var imported = OdcsYaml.Import(OdcsYaml.Export(contract)).Contract!;

        Assert.Equal(0.1m, imported.Fields[0].Minimum!.Value.Number);
        Assert.Equal(12345678901234567890.123456789m, imported.Fields[0].Maximum!.Value.Number);
    }

    [Fact]
    public void Freshness_is_written_in_the_largest_whole_unit()
    {
        static string Latency(TimeSpan freshness) => OdcsDocument.At(
            OdcsDocument.Parse(OdcsYaml.Export(SampleContracts.Minimal() with { ServiceLevels = new ContractServiceLevels { Freshness = freshness } })),
            "slaProperties[0]")!.ToJsonString();

        Assert.Equal("""{"property":"latency","value":2,"unit":"d"}""", Latency(TimeSpan.FromDays(2)));
        Assert.Equal("""{"property":"latency","value":90,"unit":"s"}""", Latency(TimeSpan.FromSeconds(90)));
        Assert.Equal("""{"property":"latency","value":1500,"unit":"ms"}""", Latency(TimeSpan.FromMilliseconds(1500)));
        Assert.Equal("""{"property":"latency","value":0.25,"unit":"ms"}""", Latency(TimeSpan.FromTicks(2500)));
    }

    [Fact]
    public void Export_refuses_an_invalid_contract_and_names_the_field()
    {
        var contract = SampleContracts.Full() with
        {
            Fields = [new ContractField { Name = "n", LogicalType = FieldLogicalType.Integer, Minimum = new ContractBound(10), Maximum = new ContractBound(5) }],
            QualityRules = [],
            ServiceLevels = new ContractServiceLevels(),
        };

        var error = Assert.Throws<ContractValidationException>(() => OdcsYaml.Export(contract));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("schema[0].properties[0].logicalTypeOptions.minimum", problem.Path);
        Assert.Contains("schema[0].properties[0].logicalTypeOptions.minimum: minimum 10 is greater than maximum 5", error.Message, StringComparison.Ordinal);
    }
}
