using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Web.BrowserTests.Infrastructure;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.Infrastructure.LineageEvents;

namespace Governance.Web.BrowserTests;

/// <summary>
/// The dataset page's version history and diff. It runs on a portal of its own: the shared retail
/// catalog has no dataset with two versions, and adding one there would change the catalog's counts.
/// </summary>
public sealed class DatasetVersionsTests(DatasetVersionsTests.VersionedPortal portal) : IClassFixture<DatasetVersionsTests.VersionedPortal>, IAsyncLifetime
{
    private const string Kafka = "kafka://versions-broker:9092";
    private const string Orders = "orders.v1";
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly List<string> _scriptErrors = [];
    private IPage _page = null!;

    [Fact]
    public async Task Shows_the_versions_and_the_diff_between_the_chosen_pair()
    {
        var dataset = new DatasetPageObject(_page);
        await dataset.GotoAsync(Kafka, Orders);

        await Expect(dataset.VersionRows).ToHaveCountAsync(2);
        await Expect(dataset.VersionRows.Nth(0)).ToHaveAttributeAsync("data-version", "2");
        await Expect(dataset.VersionRows.Nth(0)).ToContainTextAsync("2026-11-20 09:00 UTC");
        await Expect(dataset.VersionRows.Nth(1)).ToHaveAttributeAsync("data-version", "1");
        await Expect(dataset.VersionRows.Nth(1)).ToContainTextAsync("2026-11-20 08:00 UTC");

        // By default the previous version is compared with the current one.
        await Expect(dataset.VersionFrom).ToHaveValueAsync("1");
        await Expect(dataset.VersionTo).ToHaveValueAsync("2");
        await Expect(dataset.DiffRows).ToHaveCountAsync(4);
        await Expect(dataset.DiffRow("added", "customer")).ToBeVisibleAsync();
        await Expect(dataset.DiffRow("added", "customer.email")).ToContainTextAsync("Where receipts go.");
        await Expect(dataset.DiffRow("removed", "legacy_code")).ToContainTextAsync("int");
        await Expect(dataset.DiffRow("changed", "total").GetByTestId("diff-type")).ToHaveTextAsync("int → decimal(10,2)");

        // The same version on both sides: nothing differs.
        await dataset.VersionTo.SelectOptionAsync("1");
        await Expect(dataset.DiffEmpty).ToBeVisibleAsync();
        await Expect(dataset.DiffRows).ToHaveCountAsync(0);

        // The other way round: what version 2 added, going back to version 1 removes.
        await dataset.VersionFrom.SelectOptionAsync("2");
        await Expect(dataset.Diff).ToHaveAttributeAsync("data-from", "2");
        await Expect(dataset.DiffRows).ToHaveCountAsync(4);
        await Expect(dataset.DiffRow("removed", "customer")).ToBeVisibleAsync();
        await Expect(dataset.DiffRow("removed", "customer.email")).ToBeVisibleAsync();
        await Expect(dataset.DiffRow("added", "legacy_code")).ToBeVisibleAsync();
        await Expect(dataset.DiffRow("changed", "total").GetByTestId("diff-type")).ToHaveTextAsync("decimal(10,2) → int");

        await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        Assert.True(_scriptErrors.Count == 0, "Script errors: " + string.Join(Environment.NewLine, _scriptErrors));
    }

    public async Task InitializeAsync()
    {
        _page = await portal.NewPageAsync();
        _page.PageError += (_, error) => _scriptErrors.Add(error);
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _scriptErrors.Add(message.Text);
            }
        };
    }

    public async Task DisposeAsync() => await _page.Context.DisposeAsync();

    /// <summary>A portal holding one topic whose schema changed once, and a headless Chromium.</summary>
    public sealed class VersionedPortal : IAsyncLifetime
    {
        private readonly string _dataFolder = Directory.CreateTempSubdirectory("governance-versions-").FullName;
        private PortalApp? _app;
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        public async Task InitializeAsync()
        {
            _app = new PortalApp(_dataFolder);
            _app.StartServer();
            await SeedAsync(_app.BaseAddress);

            SetDefaultExpectTimeout(15_000);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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

        public async Task<IPage> NewPageAsync()
        {
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = _app!.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
                Locale = "en-GB",
            });
            context.SetDefaultTimeout(15_000);
            return await context.NewPageAsync();
        }

        private static async Task SeedAsync(Uri baseAddress)
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
            var v1 = Dataset(Kafka, Orders, "Orders.", "TOPIC", "versions-broker",
                [Field("order_id", "string", "Unique order id."), Field("total", "int", "Order total."), Field("legacy_code", "int")]);
            var v2 = Dataset(Kafka, Orders, "Orders.", "TOPIC", "versions-broker",
            [
                Field("order_id", "string", "Unique order id."),
                Field("total", "decimal(10,2)", "Order total."),
                Field("customer", "struct", null, Field("email", "string", "Where receipts go.")),
            ]);
            foreach (var (dataset, time) in new[] { (v1, Start), (v2, Start.AddHours(1)) })
            {
                JsonObject run = CompleteRun("versions", "checkout", "Publishes orders.", "KAFKA", time, [], [dataset]);
                using var response = await http.PostAsJsonAsync("api/v1/lineage", run);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Seeding failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        public async Task DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright?.Dispose();
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
