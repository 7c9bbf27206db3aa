namespace Governance.Web.BrowserTests.Pages;

/// <summary>The contracts list: filters and a server-paged grid.</summary>
public sealed class ContractsPageObject(IPage page) : PortalPage(page)
{
    public ILocator Rows => Page.GetByTestId("contract-row");
    public ILocator Search => Page.GetByTestId("contract-search");
    public ILocator Row(string key) => Page.Locator($"[data-testid=contract-row][data-key=\"{key}\"]");
    public ILocator RowStatus(string key) => Row(key).GetByTestId("contract-status-badge");
    public ILocator RowViolations(string key) => Row(key).GetByTestId("contract-violations");

    public async Task<ContractsPageObject> GotoAsync(string query = "")
    {
        await OpenAsync("contracts" + query);
        return this;
    }
}

/// <summary>The violations dashboard: counts, filters, the list with evidence, and webhook subscriptions.</summary>
public sealed class ViolationsPageObject(IPage page) : PortalPage(page)
{
    public ILocator OpenCount => Page.GetByTestId("summary-open").GetByTestId("summary-count");
    public ILocator SeverityCount(string severity) => Page.Locator($"[data-testid=summary-severity][data-severity={severity}] [data-testid=summary-count]");
    public ILocator Rows => Page.GetByTestId("platform-violations").GetByTestId("violation-row");
    public ILocator Row(string rule) => Page.Locator($"[data-testid=platform-violations] [data-testid=violation-row][data-rule=\"{rule}\"]");
    public ILocator StateOption(string state) => Page.GetByTestId($"violation-state-{state}");

    public ILocator WebhookRows => Page.GetByTestId("webhook-row");
    public ILocator WebhookName => Page.GetByTestId("webhook-form-name");
    public ILocator WebhookUrl => Page.GetByTestId("webhook-form-url");
    public ILocator WebhookOwner => Page.GetByTestId("webhook-form-owner");
    public ILocator WebhookSubmit => Page.GetByTestId("webhook-form-submit");
    public ILocator WebhookSecret => Page.GetByTestId("webhook-secret");
    public ILocator WebhookError(string key) => Page.Locator($"[data-testid=webhook-form] [data-testid=form-error][data-key=\"{key}\"]");

    public async Task<ViolationsPageObject> GotoAsync(string query = "")
    {
        await OpenAsync("violations" + query);
        return this;
    }
}
