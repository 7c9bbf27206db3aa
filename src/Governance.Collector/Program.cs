using Governance.Collector.Cli;
using Spectre.Console;

return await CollectorCommands.Create(AnsiConsole.Console).Parse(args).InvokeAsync();
