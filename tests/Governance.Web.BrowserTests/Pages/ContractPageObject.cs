namespace Governance.Web.BrowserTests.Pages;

/// <summary>One contract: header and lifecycle actions, pending review, rules, registry side, violations and revisions.</summary>
public sealed class ContractPageObject(IPage page) : PortalPage(page)
{
    public ILocator Name => Page.GetByTestId("contract-name");
    public ILocator Status => Page.GetByTestId("contract-header").GetByTestId("contract-status").First;
    public ILocator StatusBadge => Status.GetByTestId("contract-status-badge");
    public ILocator PendingBadge => Status.GetByTestId("contract-pending-badge");
    public ILocator Owner => Page.GetByTestId("contract-header").GetByTestId("contract-owner");
    public ILocator VersionInForce => Page.GetByTestId("contract-version");
    public ILocator DatasetLink => Page.GetByTestId("contract-dataset-link");
    public ILocator Subject => Page.GetByTestId("contract-subject");
    public ILocator Compatibility => Page.GetByTestId("contract-compatibility");
    public ILocator Export => Page.GetByTestId("contract-export");
    public ILocator Edit => Page.GetByTestId("contract-edit");
    public ILocator RequestActivation => Page.GetByTestId("request-activation");
    public ILocator ActionProblems => Page.GetByTestId("action-problems");

    public ILocator Review => Page.GetByTestId("contract-review");
    public ILocator ReviewComment => Review.Locator("textarea");
    public ILocator Approve => Page.GetByTestId("review-approve");
    public ILocator Reject => Page.GetByTestId("review-reject");
    public ILocator ReviewError => Page.GetByTestId("review-error");
    public ILocator ReviewChanges => Page.GetByTestId("review-changes");

    public ILocator FieldRows => Page.GetByTestId("contract-field-row");
    public ILocator FieldRules(string field) => Page.Locator($"[data-testid=contract-field-row][data-field=\"{field}\"] [data-testid=contract-field-rule]");
    public ILocator QualityRules => Page.GetByTestId("contract-rule");
    public ILocator RegistryRule(string name) => Page.Locator($"[data-testid=registry-rule][data-rule=\"{name}\"]");
    public ILocator RegistryCompatibility => Page.GetByTestId("registry-compatibility");
    public ILocator Violations => Page.GetByTestId("contract-violations").GetByTestId("violation-row");

    public ILocator RevisionRows => Page.GetByTestId("revision-row");
    public ILocator Revision(int number) => Page.Locator($"[data-testid=revision-row][data-revision=\"{number}\"]");
    public ILocator RevisionFrom => Page.GetByTestId("revision-from");
    public ILocator RevisionTo => Page.GetByTestId("revision-to");
    public ILocator Compare => Page.GetByTestId("revision-compare");
    public ILocator DocumentTitle => Page.GetByTestId("document-title");
    public ILocator DiffLines(string change) => Page.Locator($"[data-testid=contract-revisions-section] [data-testid=diff-line][data-change={change}]");

    public static string Url(string key) => $"contracts/{Uri.EscapeDataString(key)}";

    public async Task<ContractPageObject> GotoAsync(string key)
    {
        await OpenAsync(Url(key));
        return this;
    }
}
