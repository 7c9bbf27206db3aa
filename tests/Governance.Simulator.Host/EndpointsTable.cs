using Governance.Simulator.Hosting;
using Spectre.Console;

namespace Governance.Simulator.Host;

internal static class EndpointsTable
{
    public static void Write(IAnsiConsole console, string scenarioName, ScenarioSummary summary, IReadOnlyList<ClusterEndpoints> clusters)
    {
        var table = new Table
        {
            Title = new TableTitle($"{scenarioName}: {summary.Topics:N0} topics, {summary.Groups:N0} groups, {summary.Subjects:N0} subjects, "
                + $"{summary.Connectors:N0} connectors, {summary.Applications:N0} applications"),
            Border = TableBorder.Rounded,
        };
        foreach (var header in new[] { "Cluster", "Role", "Cluster id", "Bootstrap servers", "Schema Registry", "Connect" })
        {
            table.AddColumn(new TableColumn(header).NoWrap());
        }

        foreach (var cluster in clusters)
        {
            table.AddRow(
                new Text(cluster.Alias),
                new Text(cluster.Role.ToString()),
                new Text(cluster.ClusterId),
                new Text(cluster.BootstrapServers),
                new Text(cluster.SchemaRegistryUrl ?? "-"),
                new Text(cluster.ConnectUrl ?? "-"));
        }

        console.Write(table);
    }
}
