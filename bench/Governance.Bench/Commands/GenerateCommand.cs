using System.CommandLine;
using Governance.Bench.Reporting;
using Governance.Simulator.Generation;
using Governance.Simulator.Scenario;
using Spectre.Console;

namespace Governance.Bench.Commands;

/// <summary><c>generate</c>: how long the retail scenario generator takes and how much memory the scenario needs.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var size = new Option<ScenarioSize>("--size") { Description = "tiny, demo or large", DefaultValueFactory = _ => ScenarioSize.Large };
        var seed = new Option<int>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 42 };
        var stores = new Option<int?>("--stores") { Description = "store clusters (default: the size's default)" };
        var serialize = new Option<bool>("--serialize") { Description = "also measure writing the scenario as JSON" };
        var command = new Command("generate", "Generate a retail scenario and report time, memory and counts.") { size, seed, stores, serialize };
        command.SetAction(result => Run(
            new RetailScenarioOptions { Size = result.GetValue(size), Seed = result.GetValue(seed), Stores = result.GetValue(stores) },
            result.GetValue(serialize)));
        return command;
    }

    private static int Run(RetailScenarioOptions options, bool serialize)
    {
        var machine = Machine.Current();
        // A small run first, so that JIT compilation is not part of the measurement.
        RetailScenarioGenerator.Generate(new RetailScenarioOptions { Size = ScenarioSize.Tiny, Seed = options.Seed });
        var (scenario, generation) = Measurement.Run(() => RetailScenarioGenerator.Generate(options));

        var table = new ResultTable($"generate --size {options.Size.ToString().ToLowerInvariant()} --seed {options.Seed}")
            .AddMachine(machine)
            .Add("generation", "wall time", Format.Duration(generation.Wall))
            .Add("generation", "cpu time", Format.Duration(generation.Cpu))
            .Add("generation", "allocated", Format.Bytes(generation.AllocatedBytes))
            .Add("generation", "managed memory kept", Format.Bytes(generation.ManagedAfterBytes))
            .Add("generation", "peak working set", Format.Bytes(generation.PeakWorkingSetBytes));

        var topics = scenario.Clusters.SelectMany(c => c.Topics).ToList();
        table
            .Add("scenario", "clusters", Format.Count(scenario.Clusters.Count))
            .Add("scenario", "topics", Format.Count(topics.Count))
            .Add("scenario", "partitions", Format.Count(topics.Sum(t => t.Partitions.Count)))
            .Add("scenario", "consumer groups", Format.Count(scenario.Clusters.Sum(c => c.Groups.Count)))
            .Add("scenario", "subjects (live)", Format.Count(scenario.Clusters.Sum(c => c.SchemaRegistry?.Subjects.Count(s => !s.Deleted) ?? 0)))
            .Add("scenario", "schema versions", Format.Count(scenario.Clusters.Sum(c => c.SchemaRegistry?.Subjects.Sum(s => s.Versions.Count) ?? 0)))
            .Add("scenario", "applications", Format.Count(scenario.Applications.Count))
            .Add("scenario", "connectors", Format.Count(scenario.Clusters.Sum(c => c.Connect?.Connectors.Count ?? 0)))
            .Add("scenario", "acls", Format.Count(scenario.Clusters.Sum(c => c.Acls.Count)))
            .Add("scenario", "sample records", Format.Count(topics.Sum(t => t.Partitions.Sum(p => p.Records.Count))));

        if (serialize)
        {
            var (json, writing) = Measurement.Run(() => ScenarioJson.Write(scenario));
            table
                .Add("json", "write time", Format.Duration(writing.Wall))
                .Add("json", "size", Format.Bytes(System.Text.Encoding.UTF8.GetByteCount(json)));
        }

        table.Write(AnsiConsole.Console);
        return 0;
    }
}
