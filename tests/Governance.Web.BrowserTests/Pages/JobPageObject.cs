namespace Governance.Web.BrowserTests.Pages;

/// <summary>One job: header, inputs and outputs, consumer lag and group, runs, facets.</summary>
public sealed class JobPageObject(IPage page) : PortalPage(page)
{
    public ILocator Name => Page.GetByTestId("job-title");
    public ILocator Namespace => Page.GetByTestId("job-namespace");
    public ILocator Integration => Page.GetByTestId("job-integration");
    public ILocator LatestState => Page.GetByTestId("job-latest-state");
    public ILocator Inputs => Page.GetByTestId("job-inputs").GetByTestId("dataset-link");
    public ILocator Outputs => Page.GetByTestId("job-outputs").GetByTestId("dataset-link");
    public ILocator Runs => Page.GetByTestId("job-run");
    public ILocator LagVerdict => Page.GetByTestId("lag-verdict");
    public ILocator LagPartitions => Page.GetByTestId("lag-partition");
    public ILocator GroupMembers => Page.GetByTestId("group-member");
    public ILocator NotFound => Page.GetByTestId("job-not-found");

    /// <summary>The URL the portal links to: namespace and name each one percent-encoded segment.</summary>
    public static string Url(string @namespace, string name) =>
        $"jobs/{Uri.EscapeDataString(@namespace)}/{Uri.EscapeDataString(name)}";

    public async Task GotoAsync(string @namespace, string name) => await OpenAsync(Url(@namespace, name));

    /// <summary>Clicks a job's name in the catalog grid and waits for its page.</summary>
    public static async Task<JobPageObject> OpenFromCatalogAsync(CatalogPageObject catalog, string name)
    {
        await catalog.Names.GetByText(name, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        var job = new JobPageObject(catalog.Page);
        await Expect(job.Name).ToHaveTextAsync(name);
        return job;
    }
}
