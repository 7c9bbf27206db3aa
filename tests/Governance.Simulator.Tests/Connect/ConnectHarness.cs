using Governance.Simulator.Connect;
using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;
using Governance.Simulator.Tests.Hosting;

namespace Governance.Simulator.Tests.Connect;

/// <summary>A Connect server for one cluster of a private copy of the Demo scenario, with a real HttpClient.</summary>
internal sealed class ConnectHarness : IAsyncDisposable
{
    private static readonly Lazy<string> DemoJson = new(() => ScenarioJson.Write(RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Demo, Seed = 42 })));

    private ConnectHarness(SimulatedPlatform platform, ConnectServer server)
    {
        Platform = platform;
        Server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatedPlatform Platform { get; }
    public ConnectServer Server { get; }
    public HttpClient Client { get; }

    public static async Task<ConnectHarness> StartAsync(string cluster = "cloud")
    {
        var platform = new SimulatedPlatform(ScenarioJson.Read(DemoJson.Value));
        return new ConnectHarness(platform, await ConnectServer.StartAsync(platform, cluster));
    }

    public Task<HttpJson> GetAsync(string path) => HttpJson.GetAsync(Client, path);

    public T Read<T>(Func<PlatformScenario, T> read) => Platform.Read(read);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
