using System.CommandLine;
using Governance.Simulator.Host;

return await SimulatorCommand.Create().Parse(args).InvokeAsync();
