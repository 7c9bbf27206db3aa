using System.Globalization;
using Governance.Web.BrowserTests.Infrastructure;

namespace Governance.Web.BrowserTests.Journey;

/// <summary>
/// Numbered screenshots of one journey, kept as test artifacts in
/// <c>artifacts/test-results/screenshots/{journey}</c> of the checkout (next to the test results that
/// <c>test.sh</c> writes and clears on every run), or under the test output folder outside a checkout.
/// </summary>
public sealed class JourneyScreenshots
{
    private readonly string _folder;
    private int _taken;

    public JourneyScreenshots(string journey)
    {
        var root = DocumentationImages.RepositoryRoot() is { } repository
            ? Path.Combine(repository, "artifacts", "test-results")
            : AppContext.BaseDirectory;
        _folder = Path.Combine(root, "screenshots", journey);
        // Only this run's pictures: a step that no longer exists must not leave an old one behind.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        Directory.CreateDirectory(_folder);
    }

    public string Folder => _folder;

    /// <summary>Saves the viewport as <c>NN-{step}.png</c> and returns its path.</summary>
    public async Task<string> TakeAsync(IPage page, string step)
    {
        var path = Path.Combine(_folder, $"{(++_taken).ToString("00", CultureInfo.InvariantCulture)}-{step}.png");
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        Assert.True(png.Length > 10_000, $"{path} looks empty ({png.Length} bytes)");
        return path;
    }
}
