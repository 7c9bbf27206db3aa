using Governance.Model.Contracts;
using Governance.Web.Components.Shared.Contracts;
using Governance.Web.Contracts;

namespace Governance.Web.ComponentTests.Contracts;

/// <summary>The contract page's leaf components: fields with rules and classifications, quality rules, service levels, registry rules.</summary>
public sealed class ContractDisplayTests : ComponentTest
{
    [Fact]
    public void Each_field_shows_its_type_requirement_rules_and_classification()
    {
        var table = Render<ContractFieldsTable>(p => p.Add(t => t.Fields, ContractSamples.Orders().Fields));

        Assert.Equal(["order_id", "amount", "currency", "email"], table.FindAll("[data-testid=contract-field-row]").Select(r => r.GetAttribute("data-field")));
        string[] Rules(string field) => table.FindAll($"[data-field={field}] [data-testid=contract-field-rule]").Select(r => r.TextContent.Trim()).ToArray();
        Assert.Equal(["matches ^[0-9a-f-]{36}$"], Rules("order_id"));
        Assert.Equal(["> 0", "≤ 10000"], Rules("amount"));
        Assert.Equal(["one of 'EUR', 'USD'"], Rules("currency"));
        Assert.Equal(["length ≤ 254", "format email"], Rules("email"));
        Assert.Single(table.FindAll("[data-field=order_id] [data-testid=contract-field-required]"));
        Assert.Empty(table.FindAll("[data-field=amount] [data-testid=contract-field-required]"));
        Assert.Equal("PII", table.Find("[data-field=email] [data-testid=contract-field-classification]").GetAttribute("data-classification"));
        Assert.Equal("PUBLIC", table.Find("[data-field=currency] [data-testid=contract-field-classification]").GetAttribute("data-classification"));
    }

    [Fact]
    public void A_contract_without_fields_says_so()
    {
        var table = Render<ContractFieldsTable>(p => p.Add(t => t.Fields, []));

        Assert.Single(table.FindAll("[data-testid=contract-fields-empty]"));
    }

    [Fact]
    public void Quality_rules_show_their_expression_severity_and_scope()
    {
        var rules = Render<ContractQualityRules>(p => p.Add(r => r.Rules, ContractSamples.Orders().QualityRules));

        Assert.Equal(["record.currency == 'EUR'", "record.amount > 0"], rules.FindAll("[data-testid=contract-rule-expression]").Select(e => e.TextContent));
        Assert.Equal(["on currency", "on the record"], rules.FindAll("[data-testid=contract-rule-scope]").Select(e => e.TextContent.Trim()));
        Assert.Equal(["WARNING", "ERROR"], rules.FindAll("[data-testid=severity-badge]").Select(b => b.GetAttribute("data-severity")));
    }

    [Fact]
    public void Service_levels_read_as_promises()
    {
        var panel = Render<ContractServiceLevelsPanel>(p => p.Add(s => s.Levels, ContractSamples.Orders().ServiceLevels));

        Assert.Equal("a record at least every 15 min", panel.Find("[data-testid=sla-freshness]").TextContent.Trim());
        Assert.Equal("orders.v1.dlq (required)", panel.Find("[data-testid=sla-dead-letter]").TextContent.Trim());
        Assert.Equal("billing at most 12,000 records behind", Normalize(panel.Find("[data-testid=sla-lag][data-group=billing]").TextContent));
    }

    [Fact]
    public void Absent_service_levels_are_said_to_be_absent()
    {
        var panel = Render<ContractServiceLevelsPanel>(p => p.Add(s => s.Levels, new ContractServiceLevels()));

        Assert.Equal("not promised", panel.Find("[data-testid=sla-freshness]").TextContent.Trim());
        Assert.Equal("not required", panel.Find("[data-testid=sla-dead-letter]").TextContent.Trim());
        Assert.Single(panel.FindAll("[data-testid=sla-lag-none]"));
    }

    [Fact]
    public void Registry_rules_and_metadata_show_and_a_compatibility_below_the_contracts_is_flagged()
    {
        var subject = new RegistrySubjectDto("value", "orders.v1-value", 4, 17, "AVRO", "BACKWARD",
            [new RegistryFieldTagsDto("Order.email", ["PII"])], new Dictionary<string, string> { ["owner"] = "team-orders", ["token"] = "s3cret" }, ["token"],
            [new RegistryRuleDto("checkEmail", null, "CONDITION", "CEL", "WRITE", "message.email.contains('@')", [], new Dictionary<string, string>(), null, "DLQ", false)],
            [new RegistryRuleDto("upgrade", null, "TRANSFORM", "JSONATA", "UPGRADE", "$merge([$, {'a': b}])", [], new Dictionary<string, string>(), null, null, false)]);

        var panel = Render<RegistryContractPanel>(p => p.Add(r => r.Subjects, [subject])
            .Add(r => r.GovernedSubject, "orders.v1-value").Add(r => r.RequiredCompatibility, "BACKWARD_TRANSITIVE"));

        Assert.Equal("message.email.contains('@')", panel.Find("[data-testid=registry-domain-rules] [data-testid=registry-rule-expression]").TextContent);
        Assert.Equal("CONDITION · CEL · WRITE", panel.Find("[data-testid=registry-domain-rules] [data-testid=registry-rule-kind]").TextContent);
        Assert.Equal("TRANSFORM · JSONATA · UPGRADE", panel.Find("[data-testid=registry-migration-rules] [data-testid=registry-rule-kind]").TextContent);
        Assert.Contains("rz-badge-warning", panel.Find("[data-testid=registry-compatibility]").ClassList);
        Assert.Contains("(sensitive)", panel.Find("[data-testid=registry-property][data-key=token]").TextContent, StringComparison.Ordinal);
        Assert.Contains("PII", panel.Find("[data-testid=registry-tags][data-path='Order.email']").TextContent, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
