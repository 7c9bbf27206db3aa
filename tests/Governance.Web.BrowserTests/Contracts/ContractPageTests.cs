using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Contracts.ContractScenario;

namespace Governance.Web.BrowserTests.Contracts;

/// <summary>What a contract page shows, the violations dashboard and webhook subscriptions.</summary>
[Collection(ContractsCollection.Name)]
public sealed class ContractPageTests(ContractsFixture contracts) : BrowserTest(contracts.Portal)
{
    [Fact]
    public async Task The_contract_page_shows_its_rules_the_registry_side_its_violations_and_what_a_revision_changed()
    {
        var contract = await new ContractPageObject(Page).GotoAsync(PaymentsContract);

        await Expect(contract.StatusBadge).ToHaveTextAsync("ACTIVE");
        await Expect(contract.VersionInForce).ToHaveTextAsync("1.0.0 (revision 2)");
        await Expect(contract.DatasetLink).ToHaveTextAsync(Payments);
        await Expect(contract.Compatibility).ToHaveTextAsync("FULL_TRANSITIVE");
        await Expect(contract.FieldRules("amount")).ToHaveTextAsync(["≥ 0", "≤ 100000"]);
        await Expect(contract.FieldRules("currency")).ToHaveTextAsync(["one of 'EUR', 'USD', 'GBP'"]);
        await Expect(contract.RegistryRule("checkCurrency")).ToContainTextAsync("message.currency in ['EUR', 'USD', 'GBP']");
        await Expect(contract.RegistryRule("upgrade-total-to-amount")).ToContainTextAsync("TRANSFORM · JSONATA · UPGRADE");
        // The registry applies BACKWARD where the contract requires FULL_TRANSITIVE.
        await Expect(contract.RegistryCompatibility).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rz-badge-warning"));
        await Expect(contract.Violations).ToHaveCountAsync(3);
        await Expect(contract.ReviewChanges).ToBeVisibleAsync();

        await contract.RevisionFrom.SelectOptionAsync("1");
        await contract.RevisionTo.SelectOptionAsync("2");
        await contract.Compare.ClickAsync();

        await Expect(contract.DocumentTitle).ToHaveTextAsync("From revision 1 to revision 2");
        await Expect(contract.DiffLines("removed")).ToHaveTextAsync(["- status: draft"]);
        await Expect(contract.DiffLines("added")).ToHaveTextAsync(["+ status: active"]);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_governed_topic_links_its_contract_from_its_page()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Kafka, Payments);

        var link = Page.GetByTestId("dataset-contract");
        await Expect(link).ToContainTextAsync("Contract: Payments");
        await Expect(link).ToHaveAttributeAsync("data-status", "ACTIVE");
        await Expect(Page.GetByTestId("dataset-define-contract")).ToHaveCountAsync(0);
        await link.ClickAsync();

        await Expect(new ContractPageObject(Page).Name).ToHaveTextAsync("Payments");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task The_dashboard_counts_open_violations_by_severity_and_shows_their_evidence()
    {
        var violations = await new ViolationsPageObject(Page).GotoAsync();

        await Expect(violations.OpenCount).ToHaveTextAsync("2");
        await Expect(violations.SeverityCount("CRITICAL")).ToHaveTextAsync("1");
        await Expect(violations.SeverityCount("ERROR")).ToHaveTextAsync("1");
        await Expect(violations.Rows).ToHaveCountAsync(2);
        var quality = violations.Row("quality:captured_has_amount");
        await quality.GetByText("Evidence").ClickAsync();
        await Expect(quality.GetByTestId("violation-evidence-json")).ToContainTextAsync("\"offset\": 48213");

        await violations.StateOption("resolved").ClickAsync();
        await Expect(violations.Rows).ToHaveCountAsync(1);
        await Expect(violations.Row("field.allowed:currency")).ToBeVisibleAsync();

        await violations.Row("field.allowed:currency").GetByTestId("violation-contract").ClickAsync();
        await Expect(new ContractPageObject(Page).Name).ToHaveTextAsync("Payments");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task A_team_subscribes_by_webhook_and_sees_the_secret_only_once()
    {
        var name = "payments-alerts-" + Guid.NewGuid().ToString("N")[..6];
        var violations = await new ViolationsPageObject(Page).GotoAsync();

        await violations.WebhookName.FillAsync(name);
        await violations.WebhookUrl.FillAsync("not a url");
        await violations.WebhookUrl.PressAsync("Tab");
        await violations.WebhookSubmit.ClickAsync();
        await Expect(violations.WebhookError("url")).ToContainTextAsync("An absolute http or https URL");

        await violations.WebhookUrl.FillAsync("https://hooks.example.com/payments");
        await violations.WebhookOwner.FillAsync(Owner);
        await violations.WebhookOwner.PressAsync("Tab");
        await violations.WebhookSubmit.ClickAsync();

        await Expect(violations.WebhookSecret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9_-]{43}$"));
        var row = Page.Locator($"[data-testid=webhook-row][data-name=\"{name}\"]");
        await Expect(row.GetByTestId("webhook-filter")).ToHaveTextAsync($"contracts owned by {Owner}");

        await Page.ReloadAsync();
        await violations.WaitUntilInteractiveAsync();
        await Expect(row).ToBeVisibleAsync();
        await Expect(violations.WebhookSecret).ToHaveCountAsync(0);
        await AssertPortalHealthyAsync();
    }
}
