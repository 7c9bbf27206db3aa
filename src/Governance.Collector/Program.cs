using Governance.Collector.Cli;
using Spectre.Console;

namespace Governance.Collector;

/// <summary>Entry point: <c>collector validate-config | scan --once | run</c>.</summary>
internal static class CollectorProgram
{
    public static Task<int> Main(string[] args) => CollectorCommands.Create(AnsiConsole.Console).Parse(args).InvokeAsync();
}
