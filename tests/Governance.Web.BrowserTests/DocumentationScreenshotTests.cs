using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Infrastructure.RetailCatalog;

namespace Governance.Web.BrowserTests;

/// <summary>Keeps the documentation's pictures of the portal true to the current pages.</summary>
public sealed class DocumentationScreenshotTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Catalog_screenshot()
    {
        var catalog = await new CatalogPageObject(Page).GotoAsync();
        await Expect(catalog.Rows).ToHaveCountAsync(20);

        var png = await ScreenshotWholePageAsync();

        Save(png, "catalog.png");
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Dataset_screenshot()
    {
        var dataset = new DatasetPageObject(Page);
        await dataset.GotoAsync(Kafka, Orders);
        await Expect(dataset.FieldRows).ToHaveCountAsync(10);
        await dataset.FacetHeader("documentation").ClickAsync();
        await Expect(dataset.FacetJson("documentation")).ToBeVisibleAsync();

        var png = await ScreenshotWholePageAsync();

        Save(png, "dataset.png");
        await AssertPortalHealthyAsync();
    }

    /// <summary>
    /// The layout scrolls inside its body, not the document, so a "full page" screenshot would stop
    /// at the viewport: grow the viewport to the content instead.
    /// </summary>
    private async Task<byte[]> ScreenshotWholePageAsync()
    {
        var height = await Page.EvaluateAsync<int>(
            "() => { const body = document.querySelector('.rz-body'); body.scrollTop = 0; return Math.ceil(body.getBoundingClientRect().top + body.scrollHeight); }");
        await Page.SetViewportSizeAsync(1440, Math.Clamp(height, 600, 4000));
        await Page.EvaluateAsync("() => document.activeElement?.blur()");
        return await Page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled });
    }

    private static void Save(byte[] png, string fileName)
    {
        Assert.True(png.Length > 10_000, $"{fileName} looks empty ({png.Length} bytes)");
        if (DocumentationImages.Folder() is { } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, fileName), png);
        }
    }
}
