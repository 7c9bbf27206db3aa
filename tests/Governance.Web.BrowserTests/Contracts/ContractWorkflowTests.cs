using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Contracts.ContractScenario;

namespace Governance.Web.BrowserTests.Contracts;

/// <summary>A steward defines, activates, approves, rejects and exports contracts in the portal.</summary>
[Collection(ContractsCollection.Name)]
public sealed class ContractWorkflowTests(ContractsFixture contracts) : BrowserTest(contracts.Portal)
{
    [Fact]
    public async Task A_steward_defines_a_contract_for_a_topic_activates_it_with_approval_and_exports_it()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Kafka, Refunds);
        await Page.GetByTestId("dataset-define-contract").ClickAsync();

        var form = new ContractFormPageObject(Page);
        await form.WaitUntilInteractiveAsync();
        // Prefilled from the dataset: its topic, cluster, registry subject, owner and fields.
        await Expect(form.Topic).ToHaveValueAsync(Refunds);
        await Expect(form.Cluster).ToHaveValueAsync(Cluster);
        await Expect(form.Subject).ToHaveValueAsync("refunds.v1-value");
        await Expect(form.Owner).ToHaveValueAsync(Owner);
        await Expect(form.Fields).ToHaveCountAsync(3);
        await ContractFormPageObject.TypeAsync(form.Id, "payments.refunds.v1");
        await form.FieldRequired(0).ClickAsync();
        await form.AddRule.ClickAsync();
        await ContractFormPageObject.TypeAsync(form.RuleName(0), "positive_amount");
        await ContractFormPageObject.TypeAsync(form.RuleExpression(0), "record.amount > > 0");

        await form.Submit.ClickAsync();

        await Expect(form.Error("qualityRules[0].expression")).ToContainTextAsync("not a valid CEL expression");
        await Expect(form.Problems).ToContainTextAsync("schema[0].quality[0].implementation");
        await Expect(Page).ToHaveURLAsync(new Regex("/contracts/new"));

        await ContractFormPageObject.TypeAsync(form.RuleExpression(0), "record.amount > 0");
        await form.Submit.ClickAsync();

        var contract = new ContractPageObject(Page);
        await Expect(Page).ToHaveURLAsync(new Regex("/contracts/payments.refunds.v1$"));
        await Expect(contract.StatusBadge).ToHaveTextAsync("DRAFT");
        await Expect(contract.FieldRows).ToHaveCountAsync(3);

        await Page.GetByTestId("nav-contracts").ClickAsync();
        var list = new ContractsPageObject(Page);
        await Expect(list.RowStatus("payments.refunds.v1")).ToHaveTextAsync("DRAFT");
        await list.Row("payments.refunds.v1").GetByTestId("contract-link").ClickAsync();

        await contract.RequestActivation.ClickAsync();

        await Expect(contract.PendingBadge).ToHaveTextAsync("ACTIVE pending review");
        await Expect(contract.StatusBadge).ToHaveTextAsync("DRAFT");
        await contract.ReviewComment.FillAsync("Reviewed with the payments team.");
        await contract.ReviewComment.PressAsync("Tab");
        await contract.Approve.ClickAsync();

        await Expect(contract.StatusBadge).ToHaveTextAsync("ACTIVE");
        await Expect(contract.PendingBadge).ToHaveCountAsync(0);
        await Expect(contract.Review).ToHaveCountAsync(0);
        await Expect(contract.VersionInForce).ToHaveTextAsync("1.0.0 (revision 2)");
        await Expect(contract.Revision(2).GetByTestId("revision-comment")).ToHaveTextAsync("“Reviewed with the payments team.”");
        await Expect(contract.Revision(2).GetByTestId("revision-reviewer")).ToHaveTextAsync("by portal");

        var download = await Page.RunAndWaitForDownloadAsync(() => contract.Export.ClickAsync());
        Assert.Equal("payments.refunds.v1.odcs.yaml", download.SuggestedFilename);
        var yaml = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("id: payments.refunds.v1", yaml, StringComparison.Ordinal);
        Assert.Contains("status: active", yaml, StringComparison.Ordinal);
        Assert.Contains("implementation: record.amount > 0", yaml, StringComparison.Ordinal);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_leaves_the_revision_in_force()
    {
        var key = "payments.rejected." + Guid.NewGuid().ToString("N")[..8];
        var document = OwnDocument(key);
        await PostAsync(document);
        await PostAsync(document.Replace("status: draft", "status: active", StringComparison.Ordinal));
        var contract = await new ContractPageObject(Page).GotoAsync(key);
        await Expect(contract.PendingBadge).ToBeVisibleAsync();

        await contract.Reject.ClickAsync();

        await Expect(contract.ReviewError).ToContainTextAsync("Say why the revision is rejected");
        await contract.ReviewComment.FillAsync("Pin the schema version first.");
        await contract.ReviewComment.PressAsync("Tab");
        await contract.Reject.ClickAsync();
        await Expect(contract.Review).ToHaveCountAsync(0);
        await Expect(contract.StatusBadge).ToHaveTextAsync("DRAFT");
        await Expect(contract.Revision(2).GetByTestId("revision-review")).ToHaveTextAsync("REJECTED");
        await Expect(contract.Revision(2).GetByTestId("revision-comment")).ToHaveTextAsync("“Pin the schema version first.”");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_pasted_ODCS_document_is_refused_with_its_line_until_it_is_right()
    {
        var key = "payments.pasted." + Guid.NewGuid().ToString("N")[..8];
        var document = OwnDocument(key);
        var form = await new ContractFormPageObject(Page).GotoNewAsync();
        await form.YamlTab.ClickAsync();

        await form.YamlText.FillAsync(document.Replace("minimum: 0,", "minimum: 500000,", StringComparison.Ordinal));
        await form.YamlText.PressAsync("Tab");
        await form.YamlSubmit.ClickAsync();

        var problem = form.YamlProblems.First;
        await Expect(problem).ToHaveAttributeAsync("data-path", "schema[0].properties[1].logicalTypeOptions.minimum");
        await Expect(problem).ToContainTextAsync("minimum 500000 is greater than maximum 100000");
        await Expect(problem).ToContainTextAsync(new Regex(@"line \d+, column \d+"));

        await form.YamlText.FillAsync(document);
        await form.YamlText.PressAsync("Tab");
        await form.YamlSubmit.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/contracts/{Regex.Escape(key)}$"));
        await Expect(new ContractPageObject(Page).StatusBadge).ToHaveTextAsync("DRAFT");
        await AssertPortalHealthyAsync();
    }

    /// <summary>A draft like the payments contract, with its own key and topic: the payments topic keeps its one contract.</summary>
    private static string OwnDocument(string key) => PaymentsDocument(status: "draft")
        .Replace($"id: {PaymentsContract}", $"id: {key}", StringComparison.Ordinal)
        .Replace($"  - name: {Payments}\n", $"  - name: {key}\n", StringComparison.Ordinal);

    private async Task PostAsync(string yaml)
    {
        using var http = new HttpClient { BaseAddress = Portal.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        using var response = await http.PostAsync("api/v1/contracts", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        response.EnsureSuccessStatusCode();
    }
}
