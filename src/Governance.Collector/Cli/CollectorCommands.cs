using System.CommandLine;
using Governance.Collector.Configuration;
using Governance.Collector.Extensions;
using Governance.Collector.Outbox;
using Governance.Collector.Pipeline;
using Governance.Collector.Scanning;
using Spectre.Console;

namespace Governance.Collector.Cli;

/// <summary><c>collector validate-config | scan --once | run</c>.</summary>
internal static class CollectorCommands
{
    /// <summary>Exit codes: 0 done, 1 configuration invalid, 3 finished with problems (partial scan or events left undelivered).</summary>
    public const int Invalid = 1;
    public const int Problems = 3;

    public static RootCommand Create(IAnsiConsole console)
    {
        var config = new Option<string?>("--config", "-c")
        {
            Description = $"Configuration file (default: ./{CollectorServiceExtensions.DefaultConfigFile})",
            Recursive = true,
        };
        var root = new RootCommand("Governance collector: inspects Kafka clusters, Schema Registry and Kafka Connect, infers lineage and sends it to the portal as OpenLineage.");
        root.Options.Add(config);

        var validate = new Command("validate-config", "Check the configuration and explain every problem.");
        validate.SetAction(parse => ValidateConfig(console, parse.GetValue(config)));
        root.Subcommands.Add(validate);

        var once = new Option<bool>("--once") { Description = "Scan once, deliver, print a summary and exit (the default for 'scan')." };
        var flush = new Option<TimeSpan>("--flush-timeout")
        {
            Description = "How long to wait for the outbox to deliver after the scan.",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(60),
        };
        var scan = new Command("scan", "Scan the platform once and show what was found.") { once, flush };
        scan.SetAction((parse, ct) => ScanOnceAsync(console, parse.GetValue(config), parse.GetValue(flush), ct));
        root.Subcommands.Add(scan);

        var run = new Command("run", "Scan at the configured interval and keep the portal current until stopped.");
        run.SetAction((parse, ct) => RunAsync(console, parse.GetValue(config), ct));
        root.Subcommands.Add(run);
        return root;
    }

    private static int ValidateConfig(IAnsiConsole console, string? path)
    {
        if (!TryLoad(console, path, out var configuration))
        {
            return Invalid;
        }

        var problems = ConfigValidator.Validate(configuration);
        if (problems.Count == 0)
        {
            var clusters = configuration.GetSection("Clusters").GetChildren().Select(c => c["Alias"]);
            console.MarkupLine($"[green]The configuration is valid[/]: {Markup.Escape(string.Join(", ", clusters))}.");
            return 0;
        }

        ReportProblems(console, problems);
        return Invalid;
    }

    private static async Task<int> ScanOnceAsync(IAnsiConsole console, string? path, TimeSpan flushTimeout, CancellationToken ct)
    {
        if (BuildHost(console, path) is not { } host)
        {
            return Invalid;
        }

        using (host)
        {
            await host.StartAsync(ct);
            var scanner = host.Services.GetRequiredService<PlatformScanner>();
            var pipeline = host.Services.GetRequiredService<CollectorPipeline>();
            var summary = await ScanProgressView.RunAsync(console, scanner.Clusters, progress => pipeline.RunOnceAsync(progress, ct));
            var delivery = host.Services.GetRequiredService<OutboxDeliveryService>();
            var outbox = host.Services.GetRequiredService<IOutbox>();
            await console.Status().StartAsync("Delivering...", async _ => await WaitForDeliveryAsync(delivery, flushTimeout, ct));
            SummaryTable.Write(console, summary, delivery.Status);
            await host.StopAsync(CancellationToken.None);
            return summary.Complete && outbox.PendingCount == 0 ? 0 : Problems;
        }
    }

    private static async Task<int> RunAsync(IAnsiConsole console, string? path, CancellationToken ct)
    {
        if (BuildHost(console, path, scanContinuously: true) is not { } host)
        {
            return Invalid;
        }

        using (host)
        {
            await host.RunAsync(ct);
        }

        return 0;
    }

    private static IHost? BuildHost(IAnsiConsole console, string? path, bool scanContinuously = false)
    {
        if (!TryLoad(console, path, out var configuration))
        {
            return null;
        }

        var problems = ConfigValidator.Validate(configuration);
        if (problems.Count > 0)
        {
            ReportProblems(console, problems);
            return null;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.AddCollectorServices();
        if (scanContinuously)
        {
            builder.Services.AddHostedService<ScanLoopService>();
        }

        return builder.Build();
    }

    private static bool TryLoad(IAnsiConsole console, string? path, out IConfiguration configuration)
    {
        try
        {
            configuration = new ConfigurationBuilder().AddCollectorConfiguration(path).Build();
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or FormatException)
        {
            console.MarkupLine($"[red]Cannot read the configuration:[/] {Markup.Escape(ex.Message)}");
            configuration = new ConfigurationBuilder().Build();
            return false;
        }
    }

    private static void ReportProblems(IAnsiConsole console, IReadOnlyList<ConfigProblem> problems)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[red]{problems.Count} problem(s) in the configuration[/]");
        table.AddColumns("Setting", "Problem");
        foreach (var problem in problems)
        {
            table.AddRow(Markup.Escape(problem.Path), Markup.Escape(problem.Message));
        }

        console.Write(table);
    }

    private static async Task WaitForDeliveryAsync(OutboxDeliveryService delivery, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            // Done when the outbox is empty and the last batch is accounted for; a wrong key will not get better by waiting.
            while (delivery.Status is not ({ State: DeliveryState.Idle, PendingCount: 0 } or { State: DeliveryState.Unauthorized }))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Timed out: the summary reports what is still waiting; it stays in the outbox for next time.
        }
    }
}
