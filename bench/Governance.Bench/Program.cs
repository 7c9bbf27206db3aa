using System.CommandLine;
using Governance.Bench.Commands;

// Each benchmark is a subcommand; later benchmarks add their own Commands/*.cs and register here.
var root = new RootCommand("Governance benchmarks: measure the portal's building blocks on this machine.")
{
    GenerateCommand.Create(),
    LineageCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
