using Governance.Model.Contracts;
using Governance.Model.Contracts.Odcs;

namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Every example of the ODCS repository either imports, or is rejected for the constructs the model does not support.</summary>
public class OdcsExampleTests
{
    /// <summary>Rejected examples: the exact set of problem paths, and a phrase of each message.</summary>
    private static readonly Dictionary<string, (string Path, string Phrase)[]> Rejections = new()
    {
        ["all/full-example.odcs.yaml"] =
        [
            ("schema[1]", "exactly one schema object; this document has 2 ('tbl', 'receivers')"),
            ("servers[0].type", "'postgres' servers are not supported"),
            ("schema[0].properties[1].classification", "classification 'restricted' is not one of public, confidential, pii, pci"),
            ("schema[0].properties[2].quality[0]", "contradicts required: false"),
            ("schema[0].quality[0]", "library metric 'rowCount' is not supported on the whole record"),
        ],
        ["all/postgresql-adventureworks-contract.odcs.yaml"] = [("schema[1]", "this document has 68")],
        ["schema/all-schema-types.odcs.yaml"] =
        [
            ("schema[1]", "this document has 3 ('tbl', 'AnObject', 'AnotherObject')"),
            ("schema[0].properties[1].classification", "'restricted'"),
        ],
        ["quality/column-accuracy.odcs.yaml"] = [("schema[0].properties[0].quality[0].type", "SQL quality rules are not supported")],
        ["quality/column-custom.odcs.yaml"] =
        [
            ("schema[0].properties[0].quality[0].engine", "engine 'soda' are not supported"),
            ("schema[0].properties[0].quality[1].engine", "engine 'soda' are not supported"),
        ],
        ["quality/column-validity.odcs.yaml"] = [("schema[0].properties[0].quality[0]", "'invalidValues' is supported only with mustBe: 0")],
        ["server/azure-server.odcs.yaml"] = [("servers[0].type", "'azure' servers are not supported")],
    };

    public static TheoryData<string> Examples() => new(OdcsFixtures.All);

    public static TheoryData<string> ImportedExamples() => new(OdcsFixtures.All.Where(f => !Rejections.ContainsKey(f)));

    [Fact]
    public void All_eighteen_examples_are_present()
    {
        Assert.Equal(18, OdcsFixtures.All.Count);
        Assert.All(Rejections.Keys, file => Assert.Contains(file, OdcsFixtures.All));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_is_valid_ODCS(string file) => Assert.Empty(OdcsYaml.ValidateDocument(OdcsFixtures.Read(file)));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_imports_or_is_rejected_with_its_precise_reasons(string file)
    {
        var result = OdcsYaml.Import(OdcsFixtures.Read(file));

        if (!Rejections.TryGetValue(file, out var expected))
        {
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
            return;
        }

        Assert.Null(result.Contract);
        Assert.Equal(expected.Select(e => e.Path).Order(), result.Problems.Select(p => p.Path).Order());
        foreach (var (path, phrase) in expected)
        {
            var problem = Assert.Single(result.Problems, p => p.Path == path);
            Assert.Contains(phrase, problem.Message, StringComparison.Ordinal);
            Assert.NotNull(problem.Line);
        }
    }

    [Theory]
    [MemberData(nameof(ImportedExamples))]
    public void Export_of_an_imported_example_is_valid_ODCS_and_imports_to_an_equal_contract(string file)
    {
        var contract = OdcsYaml.Import(OdcsFixtures.Read(file)).Contract!;

        var yaml = OdcsYaml.Export(contract);
        Assert.Empty(OdcsYaml.ValidateDocument(yaml));
        var again = OdcsYaml.Import(yaml);

        Assert.True(again.Succeeded, string.Join(Environment.NewLine, again.Problems));
        Assert.Equal(contract, again.Contract);
        Assert.Empty(again.Notes); // the exported form is the canonical one: nothing to normalize
        Assert.Equal(yaml, OdcsYaml.Export(again.Contract!));
    }

    [Fact]
    public void Kafka_topic_example_maps_topic_cluster_and_field_rules()
    {
        var result = OdcsYaml.Import(OdcsFixtures.Read("schema/kafka-schema.odcs.yaml"));
        var contract = result.Contract!;

        Assert.Equal("orders", contract.Id);
        Assert.Equal("Orders Event Stream", contract.Name);
        Assert.Equal("0.0.1", contract.Version);
        Assert.Equal(ContractStatus.Draft, contract.Status);
        var note = Assert.Single(result.Notes);
        Assert.Equal(("status", "'development' is read as draft", 4), (note.Path, note.Message, note.Line!.Value));
        var server = Assert.Single(contract.Servers);
        Assert.Equal(("my-kafka", "kafkabroker1:9092", "avro"), (server.Name, server.Host, server.Format));
        Assert.Equal(("Orders", "orders", "topic"), (contract.Dataset!.Name, contract.Dataset.TopicName, contract.Dataset.PhysicalType));
        Assert.Equal(["cust_id", "prod_id", "qty"], contract.Fields.Select(f => f.Name));
        Assert.All(contract.Fields, f => Assert.True(f.Required));
        Assert.Equal(FieldLogicalType.Integer, contract.Fields[2].LogicalType);
        Assert.Equal("int", contract.Fields[2].PhysicalType);
        Assert.Contains(new PreservedMember("businessName", "\"Quantity\""), contract.Fields[2].Preserved);
    }

    [Fact]
    public void Kafka_server_example_takes_the_topic_from_the_physical_name()
    {
        var contract = OdcsYaml.Import(OdcsFixtures.Read("server/kafka-server.odcs.yaml")).Contract!;

        Assert.Null(contract.Name);
        Assert.Equal("Orders", contract.Dataset!.Name);
        Assert.Equal("orders.avro.v1", contract.Dataset.TopicName);
        Assert.Equal("pkc-7xoy1.eu-central-1.aws.confluent.cloud:9092", Assert.Single(contract.Servers).Host);
        Assert.Empty(contract.Fields);
    }

    [Fact]
    public void Schema_registry_example_keeps_the_registry_link()
    {
        var contract = OdcsYaml.Import(OdcsFixtures.Read("schema/kafka-schemaregistry.odcs.yaml")).Contract!;

        Assert.Equal(ContractStatus.Active, contract.Status);
        var link = Assert.Single(contract.Dataset!.Preserved, p => p.Name == "authoritativeDefinitions");
        Assert.Equal("""[{"url":"https://schema-registry:8081","type":"implementation"}]""", link.Json);
    }

    [Fact]
    public void Data_types_example_maps_patterns_lengths_ranges_and_formats()
    {
        var fields = OdcsYaml.Import(OdcsFixtures.Read("data-types/all-data-types.odcs.yaml")).Contract!.Fields.ToDictionary(f => f.Name);

        Assert.Equal(("ACC[0-9]{8}", 11, 11), (fields["account_id"].Pattern, fields["account_id"].MinLength!.Value, fields["account_id"].MaxLength!.Value));
        Assert.Equal(new ContractBound("2020-01-01", Exclusive: true), fields["txn_ref_date"].Minimum);
        Assert.Equal(new ContractBound("2021-01-01"), fields["txn_ref_date"].Maximum);
        Assert.Equal("yyyy-MM-dd", fields["txn_ref_date"].Format);
        Assert.Equal(new ContractBound(18), fields["age"].Minimum);
        Assert.Equal(new ContractBound(100, Exclusive: true), fields["age"].Maximum);
        Assert.Equal("i64", fields["age"].Format);
        Assert.Equal(new ContractBound(0), fields["amount"].Minimum);
        Assert.Contains(new PreservedMember("logicalTypeOptions.defaultTimezone", "\"Australia/Sydney\""), fields["txn_timestamp_tz"].Preserved);
        Assert.Contains(new PreservedMember("logicalTypeOptions.uniqueItems", "true"), fields["latest_txns"].Preserved);
    }

    [Fact]
    public void Completeness_example_reads_no_nulls_as_required()
    {
        var result = OdcsYaml.Import(OdcsFixtures.Read("quality/column-completeness.odcs.yaml"));

        var field = Assert.Single(result.Contract!.Fields);
        Assert.True(field.Required);
        Assert.Empty(result.Contract.QualityRules);
        var note = Assert.Single(result.Notes);
        Assert.Equal("schema[0].properties[0].quality[0]", note.Path);
        Assert.Contains("read as required: true", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_example_maps_latency_to_freshness_and_keeps_the_rest()
    {
        var levels = OdcsYaml.Import(OdcsFixtures.Read("sla/database-table-sla.odcs.yaml")).Contract!.ServiceLevels;

        Assert.Equal(TimeSpan.FromDays(4), levels.Freshness);
        Assert.Equal("tab1.txn_ref_dt", levels.FreshnessElement);
        Assert.Equal(["generalAvailability", "endOfSupport", "endOfLife", "retention", "frequency", "timeOfAvailability", "timeOfAvailability"],
            levels.Other.Select(o => o.Property));
        var retention = levels.Other[3];
        Assert.Equal(("3", "y", "tab1.txn_ref_dt"), (retention.ValueJson, retention.Unit, retention.Element));
        Assert.Equal("Initial GA date 15.5.22", levels.Other[0].Description);
        Assert.Equal(("1", "1"), (levels.Other[4].ValueJson, levels.Other[4].ValueExtJson));
    }

    [Fact]
    public void Stakeholders_example_maps_the_owning_team_and_its_members()
    {
        var contract = OdcsYaml.Import(OdcsFixtures.Read("stakeholders/basic-four-dpo.odcs.yaml")).Contract!;

        Assert.Equal("Data Protection Office", contract.Owner);
        Assert.Equal(["ceastwood", "jwayne", "cjane", "bkid"], contract.Team!.Members.Select(m => m.Username));
        Assert.All(contract.Team.Members, m => Assert.Equal("dpo", m.Role));
        Assert.Contains(new PreservedMember("dateIn", "\"2014-08-02\""), contract.Team.Members[0].Preserved);
        Assert.Contains(contract.Team.Preserved, p => p.Name == "customProperties");
        Assert.Contains(new PreservedMember("dataProduct", "\"my_quantum\""), contract.Preserved);
    }

    [Fact]
    public void Roles_example_keeps_the_access_roles()
    {
        var contract = OdcsYaml.Import(OdcsFixtures.Read("roles/service-and-operational-roles.odcs.yaml")).Contract!;

        Assert.Null(contract.Dataset);
        var roles = Assert.Single(contract.Preserved, p => p.Name == "roles");
        Assert.StartsWith("""[{"role":"microstrategy_user_opr","access":"read",""", roles.Json, StringComparison.Ordinal);
    }
}
