using Governance.Collector.Outbox;
using Governance.Collector.Pipeline;
using Spectre.Console;

namespace Governance.Collector.Cli;

/// <summary>The readable end of <c>collector scan --once</c>: what was found, emitted and delivered.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, ScanSummary summary, DeliveryStatus? delivery)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Scan of {summary.StartedAt:u}[/] ({summary.Elapsed.TotalSeconds:0.0} s)");
        table.AddColumns("Cluster", "Cluster id", "Topics", "Groups", "ACLs", "Subjects", "Connectors", "Status");
        foreach (var cluster in summary.Clusters)
        {
            table.AddRow(
                Markup.Escape(cluster.Alias),
                Markup.Escape(cluster.ClusterId ?? "?"),
                cluster.Topics.ToString("N0"),
                cluster.Groups.ToString("N0"),
                Count(cluster.Acls),
                Count(cluster.Subjects),
                Count(cluster.Connectors),
                cluster.Problems.Count == 0 ? "[green]complete[/]" : $"[yellow]partial ({cluster.Problems.Count})[/]");
        }

        console.Write(table);
        foreach (var cluster in summary.Clusters.Where(c => c.Problems.Count > 0))
        {
            foreach (var problem in cluster.Problems)
            {
                console.MarkupLine($"[yellow]![/] {Markup.Escape(cluster.Alias)} {problem.Area}: {Markup.Escape(problem.Message)}");
            }
        }

        foreach (var problem in summary.Plan.Problems)
        {
            console.MarkupLine($"[yellow]![/] {problem.Area}: {Markup.Escape(problem.Message)}");
        }

        console.MarkupLine(
            $"Jobs inferred: [bold]{summary.Jobs:N0}[/]. Events queued: [bold]{summary.Plan.Events.Count:N0}[/] " +
            $"({summary.Plan.Unchanged:N0} unchanged, {summary.Plan.Dropped:N0} dropped).");
        if (delivery is not null)
        {
            var state = delivery.PendingCount == 0 ? "[green]all delivered[/]" : $"[yellow]{delivery.PendingCount:N0} waiting in the outbox[/]";
            console.MarkupLine($"Delivery via {Markup.Escape(delivery.Transport)}: {state}" +
                (delivery.LastError is { } error ? $" (last error: {Markup.Escape(error)})" : ""));
        }
    }

    private static string Count(int? value) => value is { } v ? v.ToString("N0") : "[grey]n/a[/]";
}
