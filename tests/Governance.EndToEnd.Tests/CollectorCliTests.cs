using System.Text.Json.Nodes;
using Governance.Collector.Cli;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Spectre.Console;

namespace Governance.EndToEnd.Tests;

/// <summary>The collector's command line, as an operator runs it.</summary>
public sealed class CollectorCliTests
{
    [Fact]
    public async Task Scan_once_prints_what_it_found_and_delivers_it()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 3, Size = ScenarioSize.Tiny, Stores = 1 });
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        var folder = Directory.CreateTempSubdirectory("governance-e2e-cli-").FullName;
        try
        {
            var config = Path.Combine(folder, "collector.json");
            await File.WriteAllTextAsync(config, ConfigFor(platform, portal.Address, folder).ToJsonString());

            var (code, output) = await RunAsync("scan", "--once", "--config", config);

            Assert.True(code == 0, output);
            foreach (var cluster in scenario.Clusters)
            {
                Assert.Contains(cluster.Alias, output, StringComparison.Ordinal);
            }

            Assert.Contains("complete", output, StringComparison.Ordinal);
            Assert.Contains("all delivered", output, StringComparison.Ordinal);
            using var reader = portal.Reader();
            Assert.NotEmpty(await PortalReads.AllRawEventsAsync(reader));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Validate_config_names_the_bad_field()
    {
        var folder = Directory.CreateTempSubdirectory("governance-e2e-cli-").FullName;
        try
        {
            var config = Path.Combine(folder, "collector.json");
            await File.WriteAllTextAsync(config, """{ "Clusters": [ { "Alias": "cloud", "BootstrapServers": "broker-without-port" } ], "Transport": { "Type": "Console" } }""");

            var (code, output) = await RunAsync("validate-config", "--config", config);

            Assert.Equal(CollectorCommands.Invalid, code);
            Assert.Contains("Clusters:0:BootstrapServers", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonObject ConfigFor(RunningPlatform platform, Uri portal, string folder) => new()
    {
        ["Clusters"] = new JsonArray(platform.Clusters.Select(c =>
        {
            var cluster = new JsonObject { ["Alias"] = c.Alias, ["BootstrapServers"] = c.BootstrapServers };
            if (c.SchemaRegistryUrl is { } registry)
            {
                cluster["SchemaRegistry"] = new JsonObject { ["Url"] = registry };
            }

            if (c.ConnectUrl is { } connect)
            {
                cluster["Connect"] = new JsonObject { ["Url"] = connect };
            }

            return (JsonNode)cluster;
        }).ToArray()),
        ["Portal"] = new JsonObject { ["Url"] = portal.ToString(), ["ApiKey"] = PortalServer.ApiKey },
        ["Outbox"] = new JsonObject { ["Directory"] = Path.Combine(folder, "outbox") },
        ["Emission"] = new JsonObject { ["StateFile"] = Path.Combine(folder, "state.json") },
    };

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200; // wide enough that table cells are not wrapped
        var code = await CollectorCommands.Create(console).Parse(args).InvokeAsync();
        return (code, writer.ToString());
    }
}
