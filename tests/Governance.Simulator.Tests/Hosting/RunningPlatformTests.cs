using System.Net;
using System.Net.Sockets;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Tests.Hosting;

public class RunningPlatformTests
{
    [Fact]
    public async Task The_tiny_platform_with_two_stores_answers_on_every_endpoint()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny, Stores = 2 });
        await using var platform = await RunningPlatform.StartAsync(scenario);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        Assert.Equal(["cloud", "store-0001", "store-0002"], platform.Clusters.Select(c => c.Alias));
        foreach (var cluster in platform.Clusters)
        {
            Assert.Equal(scenario.Cluster(cluster.Alias).Id, cluster.ClusterId);
            var brokers = cluster.BootstrapServers.Split(',');
            Assert.Equal(cluster.Role == ClusterRole.Cloud ? 3 : 1, brokers.Length);
            foreach (var broker in brokers)
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, int.Parse(broker.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(tcp.Connected);
            }

            Assert.NotNull(cluster.ConnectUrl);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(cluster.ConnectUrl + "/connectors")).StatusCode);
            if (cluster.Role == ClusterRole.Cloud)
            {
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(cluster.SchemaRegistryUrl + "/subjects")).StatusCode);
            }
            else
            {
                Assert.Null(cluster.SchemaRegistryUrl);
            }
        }

        Assert.Same(platform.Endpoints["store-0002"], platform.EndpointsOf("store-0002"));
        Assert.Throws<KeyNotFoundException>(() => platform.EndpointsOf("store-0003"));
    }

    [Fact]
    public async Task Connector_configs_point_at_the_running_endpoints()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny, Stores = 1 });
        await using var platform = await RunningPlatform.StartAsync(scenario);

        var mirror = platform.Platform.Read(s => s.Cluster("cloud").Connect!.Connectors.Single(c => c.Name == "mm2-store-0001-source").Config);
        var cdc = platform.Platform.Read(s => s.Cluster("store-0001").Connect!.Connectors.Single(c => c.Name == "pos-db-cdc").Config);

        Assert.Equal(platform.EndpointsOf("store-0001").BootstrapServers, mirror["source.cluster.bootstrap.servers"]);
        Assert.Equal(platform.EndpointsOf("cloud").BootstrapServers, mirror["target.cluster.bootstrap.servers"]);
        Assert.Equal(platform.EndpointsOf("cloud").SchemaRegistryUrl, cdc["value.converter.schema.registry.url"]);
    }

    [Fact]
    public async Task Disposing_stops_every_listener()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny, Stores = 1 });
        var platform = await RunningPlatform.StartAsync(scenario);
        var endpoints = platform.Clusters.ToList();

        await platform.DisposeAsync();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(endpoints[0].SchemaRegistryUrl + "/subjects"));
        foreach (var broker in endpoints.SelectMany(e => e.BootstrapServers.Split(',')))
        {
            using var tcp = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => tcp.ConnectAsync(IPAddress.Loopback, int.Parse(broker.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
