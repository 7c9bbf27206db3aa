using Governance.Collector.Scanning;
using Spectre.Console;

namespace Governance.Collector.Cli;

/// <summary>Shows one progress line per cluster while a scan runs.</summary>
internal static class ScanProgressView
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, IReadOnlyList<string> clusters, Func<IProgress<ScanProgress>, Task<T>> scan)
    {
        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = clusters.ToDictionary(c => c, c => context.AddTask(Markup.Escape(c), maxValue: 1));
                var progress = new Progress<ScanProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Cluster, out var task))
                    {
                        return;
                    }

                    task.Description = Markup.Escape($"{p.Cluster}: {p.Phase?.ToString() ?? "done"} {p.Detail}".TrimEnd());
                    if (p.Phase is null && p.State == ScanPhaseState.Completed)
                    {
                        task.Value = 1;
                    }
                });
                result = await scan(progress);
                foreach (var task in tasks.Values)
                {
                    task.Value = 1;
                }
            });
        return result;
    }
}
