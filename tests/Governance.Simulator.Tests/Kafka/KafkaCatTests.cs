using System.Diagnostics;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>
/// A second, independent client: Debian's <c>kcat</c> (librdkafka 2.0.2, older than the collector's),
/// run as a separate process against the simulated brokers.
/// </summary>
public sealed class KafkaCatTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Kcat_lists_brokers_and_topics()
    {
        var kcat = FindKcat() ?? throw new InvalidOperationException(
            "kcat is not installed: this test needs Debian's 'kcat' package (apt-get install -y kcat; eng/bootstrap.sh should install it).");
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);

        var (exitCode, stdout, stderr) = await RunAsync(kcat, ["-L", "-b", cluster.Bootstrap, "-m", "10"], cluster.Token);

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.Equal(0, exitCode);
        Assert.Contains("3 brokers:", stdout, StringComparison.Ordinal);
        Assert.Contains($"broker 2 at 127.0.0.1:{cluster.Server.Ports[1]} (controller)", stdout, StringComparison.Ordinal);
        Assert.Contains("topic \"sales\" with 3 partitions:", stdout, StringComparison.Ordinal);
        Assert.Contains("partition 1, leader 2, replicas: 2,3,1, isrs: 2,3,1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kcat_consumes_the_sample_records()
    {
        var kcat = FindKcat() ?? throw new InvalidOperationException(
            "kcat is not installed: this test needs Debian's 'kcat' package (apt-get install -y kcat; eng/bootstrap.sh should install it).");
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);

        var (exitCode, stdout, stderr) = await RunAsync(
            kcat, ["-C", "-b", cluster.Bootstrap, "-t", "payments", "-p", "0", "-o", "beginning", "-e", "-f", "%o %k %s\\n", "-m", "10"], cluster.Token);

        output.WriteLine(stderr);
        Assert.Equal(0, exitCode);
        Assert.Equal("3 p-3 plain", stdout.Trim());
    }

    private static string? FindKcat() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "kcat"))
            .FirstOrDefault(File.Exists);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string file, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kcat {string.Join(' ', args)} did not finish in 30 s.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
