namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>
/// Base of the browser tests: a fresh tab per test, and a record of script errors so that a broken
/// circuit (the server-side half of an interactive page) fails the test instead of going unnoticed.
/// </summary>
[Collection(PortalCollection.Name)]
public abstract class BrowserTest(PortalFixture portal) : IAsyncLifetime
{
    private readonly List<string> _scriptErrors = [];

    protected PortalFixture Portal { get; } = portal;
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Page = await Portal.NewPageAsync();
        Page.PageError += (_, error) => _scriptErrors.Add(error);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _scriptErrors.Add(message.Text);
            }
        };
    }

    /// <summary>
    /// Set by tests that open a missing page on purpose: the browser logs the 404 response as a
    /// console error, which is then expected rather than a fault.
    /// </summary>
    protected bool ExpectNotFoundResponses { get; set; }

    /// <summary>Blazor shows #blazor-error-ui when the circuit throws; it must stay hidden, and the console clean.</summary>
    protected async Task AssertPortalHealthyAsync()
    {
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        var unexpected = _scriptErrors.Where(error => !(ExpectNotFoundResponses && error.Contains("status of 404", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, "Script errors: " + string.Join(Environment.NewLine, unexpected));
    }

    public async Task DisposeAsync() => await Page.Context.DisposeAsync();
}
