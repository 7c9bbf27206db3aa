using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>
/// One running portal, seeded with <see cref="RetailCatalog"/> through the real ingestion API, and
/// one headless Chromium, shared by all browser tests (each test gets its own browser context).
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("governance-browser-").FullName;
    private readonly bool _seedRetailCatalog;
    private IPlaywright? _playwright;

    public PortalFixture()
        : this(seedRetailCatalog: true)
    {
    }

    /// <param name="seedRetailCatalog">False for a portal that starts empty and is filled by real producers (the collector).</param>
    internal PortalFixture(bool seedRetailCatalog) => _seedRetailCatalog = seedRetailCatalog;

    public PortalApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new PortalApp(_dataFolder);
        App.StartServer();
        BaseAddress = App.BaseAddress;
        if (_seedRetailCatalog)
        {
            await SeedAsync();
        }

        // Generous, because a loaded CI machine renders slowly; failures still surface, just later.
        SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("GOVERNANCE_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh, isolated browser tab on the portal.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private async Task SeedAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        foreach (var lineageEvent in RetailCatalog.Events())
        {
            using var response = await http.PostAsJsonAsync("api/v1/lineage", lineageEvent);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"Seeding failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        Directory.Delete(_dataFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
