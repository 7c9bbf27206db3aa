using System.Net;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.SchemaRegistry;

public class SchemaRegistryFaultTests
{
    [Fact]
    public async Task A_server_error_fault_answers_500_in_the_registry_format_until_cleared()
    {
        await using var registry = await RegistryHarness.StartAsync();

        registry.Platform.SetRegistryFault(HttpFault.ServerError);
        var failing = await registry.GetAsync("/subjects");
        registry.Platform.SetRegistryFault(HttpFault.None);
        var healed = await registry.GetAsync("/subjects");

        Assert.Equal(HttpStatusCode.InternalServerError, failing.Status);
        Assert.Equal(50001, failing.ErrorCode);
        Assert.Equal("application/vnd.schemaregistry.v1+json", failing.ContentType);
        Assert.Equal(HttpStatusCode.OK, healed.Status);
    }

    [Fact]
    public async Task A_timeout_fault_holds_requests_until_the_client_gives_up()
    {
        await using var registry = await RegistryHarness.StartAsync();
        using var impatient = new HttpClient { BaseAddress = new Uri(registry.Server.Url), Timeout = TimeSpan.FromMilliseconds(500) };

        registry.Platform.SetRegistryFault(HttpFault.Timeout);
        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync("/subjects"));
        registry.Platform.SetRegistryFault(HttpFault.None);

        Assert.Equal(HttpStatusCode.OK, (await impatient.GetAsync("/subjects")).StatusCode);
    }

    [Fact]
    public async Task Stopping_the_server_releases_held_requests()
    {
        var registry = await RegistryHarness.StartAsync();
        registry.Platform.SetRegistryFault(HttpFault.Timeout);
        var held = registry.Client.GetAsync("/subjects");
        await Task.Delay(200);

        var stopping = Task.Run(async () => await registry.DisposeAsync());

        Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(20))));
        await Assert.ThrowsAnyAsync<Exception>(() => held);
    }
}
