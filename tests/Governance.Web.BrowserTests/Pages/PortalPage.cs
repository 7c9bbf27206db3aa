namespace Governance.Web.BrowserTests.Pages;

/// <summary>What every portal page shares: the shell, and knowing when it has become interactive.</summary>
public abstract class PortalPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Navigation => Page.GetByTestId("nav");

    /// <summary>
    /// Pages are first sent prerendered; clicks only work once the circuit is connected, which the
    /// layout signals with data-interactive="true".
    /// </summary>
    public async Task WaitUntilInteractiveAsync() =>
        await Expect(Page.GetByTestId("portal-shell")).ToHaveAttributeAsync("data-interactive", "true");

    protected async Task OpenAsync(string relativeUrl)
    {
        await Page.GotoAsync(relativeUrl);
        await WaitUntilInteractiveAsync();
    }
}
