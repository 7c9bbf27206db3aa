using System.CommandLine;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;
using Spectre.Console;

namespace Governance.Simulator.Host;

/// <summary>
/// <c>governance-simulator</c>: runs a simulated retail Kafka platform (Kafka clusters, Schema Registry,
/// Connect) on 127.0.0.1 until Ctrl+C, for demos and for running the collector against by hand.
/// </summary>
internal static class SimulatorCommand
{
    public static RootCommand Create()
    {
        var scenario = new Option<string>("--scenario") { Description = "Scenario to generate: retail", DefaultValueFactory = _ => "retail" };
        var stores = new Option<int?>("--stores") { Description = "Store (edge) clusters; default depends on --size" };
        var size = new Option<ScenarioSize>("--size") { Description = "tiny, demo or large", DefaultValueFactory = _ => ScenarioSize.Demo };
        var seed = new Option<int>("--seed") { Description = "Generator seed (same seed, same platform)", DefaultValueFactory = _ => 42 };
        var file = new Option<FileInfo?>("--file") { Description = "Run a scenario JSON file instead of generating one" };
        var writeScenario = new Option<FileInfo?>("--write-scenario") { Description = "Write the scenario as JSON to this file" };
        var endpointsFile = new Option<FileInfo?>("--endpoints-file") { Description = "Write every cluster's endpoints as JSON to this file once all listen" };

        var root = new RootCommand("Simulated retail Kafka platform: Kafka clusters, Schema Registry and Kafka Connect on 127.0.0.1.")
        {
            scenario, stores, size, seed, file, writeScenario, endpointsFile,
        };
        root.SetAction((result, ct) =>
        {
            var name = result.GetValue(scenario);
            if (result.GetValue(file) is null && !string.Equals(name, "retail", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"Unknown scenario '{name}'. Known: retail (or use --file).");
                return Task.FromResult(2);
            }

            return RunAsync(new RunOptions(
                result.GetValue(file),
                new RetailScenarioOptions { Size = result.GetValue(size), Seed = result.GetValue(seed), Stores = result.GetValue(stores) },
                result.GetValue(writeScenario),
                result.GetValue(endpointsFile)), ct);
        });
        return root;
    }

    private static async Task<int> RunAsync(RunOptions options, CancellationToken ct)
    {
        var console = AnsiConsole.Console;
        // Redirected output (scripts, CI logs) defaults to 80 columns, which folds every URL.
        if (Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 200);
        var scenario = options.File is { } file
            ? ScenarioJson.ReadFile(file.FullName)
            : RetailScenarioGenerator.Generate(options.Generation);
        if (options.WriteScenario is { } target)
        {
            await AtomicFile.WriteAsync(target.FullName, ScenarioJson.Write(scenario), ct);
            console.MarkupLine($"Scenario written to [blue]{Markup.Escape(target.FullName)}[/]");
        }

        var summary = ScenarioSummary.Of(scenario);
        await using var platform = await RunningPlatform.StartAsync(scenario, ct);
        EndpointsTable.Write(console, scenario.Name, summary, platform.Clusters);
        if (options.EndpointsFile is { } endpoints)
        {
            await AtomicFile.WriteAsync(endpoints.FullName, EndpointsFile.Serialize(scenario.Name, scenario.Seed, platform.Clusters), ct);
            console.MarkupLine($"Endpoints written to [blue]{Markup.Escape(endpoints.FullName)}[/]");
        }

        console.MarkupLine("Running. Press [bold]Ctrl+C[/] to stop.");
        using var shutdown = new ShutdownSignal(ct);
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("Stopping...");
        }

        return 0;
    }

    private sealed record RunOptions(FileInfo? File, RetailScenarioOptions Generation, FileInfo? WriteScenario, FileInfo? EndpointsFile);
}
