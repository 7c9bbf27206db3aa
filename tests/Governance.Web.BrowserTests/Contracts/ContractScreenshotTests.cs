using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Contracts.ContractScenario;

namespace Governance.Web.BrowserTests.Contracts;

/// <summary>Keeps the documentation's picture of a contract page (docs/images/contract.png) true to the page.</summary>
[Collection(ContractsCollection.Name)]
public sealed class ContractScreenshotTests(ContractsFixture contracts) : BrowserTest(contracts.Portal)
{
    [Fact]
    public async Task Contract_screenshot()
    {
        var contract = await new ContractPageObject(Page).GotoAsync(PaymentsContract);
        await Expect(contract.FieldRows).ToHaveCountAsync(4);
        await Expect(contract.Violations).ToHaveCountAsync(3);
        await Expect(contract.RevisionRows).ToHaveCountAsync(3);

        // The layout scrolls inside its body: grow the viewport to the content for a whole-page picture.
        var height = await Page.EvaluateAsync<int>(
            "() => { const body = document.querySelector('.rz-body'); body.scrollTop = 0; return Math.ceil(body.getBoundingClientRect().top + body.scrollHeight); }");
        await Page.SetViewportSizeAsync(1440, Math.Clamp(height, 600, 4000));
        await Page.EvaluateAsync("() => document.activeElement?.blur()");
        var png = await Page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled });

        Assert.True(png.Length > 10_000, $"contract.png looks empty ({png.Length} bytes)");
        if (DocumentationImages.Folder() is { } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "contract.png"), png);
        }

        await AssertPortalHealthyAsync();
    }
}
