using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;
using Governance.Simulator.SchemaRegistry;
using Governance.Simulator.Tests.Hosting;
using System.Text.Json.Nodes;

namespace Governance.Simulator.Tests.SchemaRegistry;

/// <summary>A registry server on a private copy of the Tiny scenario, with a real HttpClient.</summary>
internal sealed class RegistryHarness : IAsyncDisposable
{
    private static readonly Lazy<string> TinyJson = new(() => ScenarioJson.Write(RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny, Seed = 42 })));

    private RegistryHarness(SimulatedPlatform platform, SchemaRegistryServer server)
    {
        Platform = platform;
        Server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatedPlatform Platform { get; }
    public SchemaRegistryServer Server { get; }
    public HttpClient Client { get; }

    public static async Task<RegistryHarness> StartAsync()
    {
        var platform = new SimulatedPlatform(ScenarioJson.Read(TinyJson.Value));
        return new RegistryHarness(platform, await SchemaRegistryServer.StartAsync(platform, "cloud"));
    }

    public Task<HttpJson> GetAsync(string path) => HttpJson.GetAsync(Client, path);

    public Task<HttpJson> PostAsync(string path, JsonNode body) => HttpJson.SendAsync(Client, HttpMethod.Post, path, body);

    public Task<HttpJson> PutAsync(string path, JsonNode body) => HttpJson.SendAsync(Client, HttpMethod.Put, path, body);

    public Task<HttpJson> DeleteAsync(string path) => HttpJson.SendAsync(Client, HttpMethod.Delete, path);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
