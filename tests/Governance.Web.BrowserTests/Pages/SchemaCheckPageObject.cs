namespace Governance.Web.BrowserTests.Pages;

/// <summary>The pre-registration check: the form, the verdict, the breaking changes and the impacted consumers.</summary>
public sealed class SchemaCheckPageObject(IPage page) : PortalPage(page)
{
    public ILocator Subject => Page.GetByTestId("check-subject-input").Locator("input");
    public ILocator Schema => Page.GetByTestId("check-schema");
    public ILocator LoadCurrent => Page.GetByTestId("check-load-current");
    public ILocator Run => Page.GetByTestId("check-run");
    public ILocator Outcome => Page.GetByTestId("check-outcome-code");
    public ILocator Policy => Page.GetByTestId("check-policy");
    public ILocator BreakingLocations => Page.GetByTestId("breaking-change-location");
    public ILocator ConsumerJobs => Page.GetByTestId("downstream-job");
    public ILocator ConsumerDepths => Page.GetByTestId("downstream-depth");
    public ILocator ConsumerOwners => Page.GetByTestId("downstream-owners");
    public ILocator Errors => Page.GetByTestId("check-error");

    public static string Url(string? subject = null) =>
        subject is null ? "contracts/check" : $"contracts/check?subject={Uri.EscapeDataString(subject)}";

    public async Task GotoAsync(string? subject = null) => await OpenAsync(Url(subject));
}
