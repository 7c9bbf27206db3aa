using Governance.Model.Contracts;
using Governance.Web.Components.Shared.Contracts;
using Governance.Web.Contracts;

namespace Governance.Web.ComponentTests.Contracts;

/// <summary>The contract form: the validator's messages under the right inputs, and a model that loses nothing it does not show.</summary>
public sealed class ContractFormTests : ComponentTest
{
    [Fact]
    public void The_validators_messages_appear_under_the_inputs_they_are_about()
    {
        var model = ContractFormModel.From(ContractSamples.Orders());
        model.Fields[1].Minimum = "20000";
        model.Fields[2].AllowedValues = "EUR, USD, GBPX";
        model.Fields[2].MaxLength = 3;
        model.Rules[1].Expression = "record.amount > > 0";
        model.Subject = "typo-value";
        var (contract, problems) = Validate(model);

        var form = RenderForm(model, contract, problems);

        Assert.Equal("minimum 20000 is greater than maximum 10000", Error(form, "fields[1].minimum"));
        Assert.StartsWith("allowed value 'GBPX' contradicts the field's rules", Error(form, "fields[2].allowedValues"), StringComparison.Ordinal);
        Assert.StartsWith("not a valid CEL expression", Error(form, "qualityRules[1].expression"), StringComparison.Ordinal);
        Assert.Equal("unknown Schema Registry subject 'typo-value'", Error(form, "subject"));
        // Every problem is also listed in the summary, with its path.
        Assert.Equal(problems.Count, form.FindAll("[data-testid=form-problems] [data-testid=contract-problem]").Count);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void A_bound_that_is_not_a_number_is_named_at_the_bound_and_a_missing_topic_at_the_topic()
    {
        var model = ContractFormModel.From(ContractSamples.Orders());
        model.Fields[1].Maximum = "lots";
        model.Topic = " ";
        var (contract, problems) = Validate(model);

        var form = RenderForm(model, contract, problems);

        Assert.Equal("a bound of a number field must be a number, not 'lots'", Error(form, "fields[1].maximum"));
        Assert.Equal("fields and quality rules belong to the topic's schema object: name the dataset", Error(form, "topic"));
    }

    [Fact]
    public void A_rule_on_a_field_and_a_lag_objective_map_to_their_rows()
    {
        var model = ContractFormModel.From(ContractSamples.Orders());
        model.Rules[0].Name = "positive";
        model.Lag.Add(new ContractLagForm { ConsumerGroup = "billing", MaxLag = 5 });
        var (contract, problems) = Validate(model);

        var errors = ContractFormErrors.ByKey(contract, problems);

        Assert.Equal(["consumerGroupLag[1].consumerGroup", "qualityRules[1].name"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Submitting_reports_the_model_with_what_was_typed()
    {
        var submitted = new List<ContractFormModel>();
        var model = new ContractFormModel();
        var form = Render<ContractForm>(p => p.Add(f => f.Model, model).Add(f => f.IsNew, true)
            .Add(f => f.Errors, new Dictionary<string, IReadOnlyList<string>>()).Add(f => f.Problems, [])
            .Add(f => f.Submitted, m => submitted.Add(m)));

        form.Find("input[data-testid=form-id]").Change("sales.orders.v1");
        form.Find("input[data-testid=form-topic]").Change("orders.v1");
        form.Find("[data-testid=form-field-add]").Click();
        form.Find("input[data-testid=form-field-name]").Change("order_id");
        form.Find("form").Submit();

        var sent = Assert.Single(submitted);
        Assert.Equal(("sales.orders.v1", "orders.v1", "order_id"), (sent.Id, sent.Topic, sent.Fields.Single().Name));
        Assert.Empty(form.FindAll("[data-testid=form-error]"));
    }

    [Fact]
    public void The_form_model_keeps_every_member_of_the_contract_it_edits()
    {
        var contract = ContractSamples.Orders() with
        {
            Preserved = [new PreservedMember("support", "[{\"channel\":\"#orders\"}]")],
            CustomProperties = [new ContractCustomProperty("costCenter", "\"CC-42\"")],
            Dataset = ContractSamples.Orders().Dataset! with { Name = "Orders", PhysicalName = "orders.v1" },
        };

        var (again, problems) = ContractDocumentReader.Read(ContractFormModel.From(contract).ToDocument(), contract);

        Assert.Empty(problems);
        Assert.Equal(contract, again);
    }

    private static (DataContract Contract, IReadOnlyList<ContractProblem> Problems) Validate(ContractFormModel model)
    {
        var (contract, readProblems) = ContractDocumentReader.Read(model.ToDocument(), model.Basis);
        Assert.Empty(readProblems);
        var options = new ContractValidationOptions { IsKnownSubject = s => s == "orders.v1-value" };
        return (contract!, ContractValidator.Validate(contract!, options));
    }

    private IRenderedComponent<ContractForm> RenderForm(ContractFormModel model, DataContract contract, IReadOnlyList<ContractProblem> problems) =>
        Render<ContractForm>(p => p.Add(f => f.Model, model).Add(f => f.IsNew, false)
            .Add(f => f.Errors, ContractFormErrors.ByKey(contract, problems)).Add(f => f.Problems, problems)
            .Add(f => f.Submitted, _ => { }));

    private static string Error(IRenderedComponent<ContractForm> form, string key) =>
        form.Find($"[data-testid=form-error][data-key='{key}']").TextContent.Trim();
}
