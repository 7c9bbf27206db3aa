using Governance.Collector.Tests.Outbox;
using Governance.Collector.Transport;
using Governance.Model.OpenLineage;

namespace Governance.Collector.Tests.Transport;

/// <summary>The JSON-lines transports.</summary>
public sealed class ConsoleAndFileTransportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_console_transport_writes_one_json_line_per_event()
    {
        var output = new StringWriter();
        var events = new[] { TestEvents.Run(1), TestEvents.Run(2) };

        var result = await new ConsoleTransport(output).SendAsync(HttpTransportTests.Entries(events), CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal([1L, 2], result.Delivered);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.Select(OpenLineageJson.Serialize), lines);
    }

    [Fact]
    public async Task The_file_transport_appends_json_lines_and_creates_the_folder()
    {
        var path = _dir.Combine("out/events.jsonl");
        var transport = new FileTransport(path);

        await transport.SendAsync(HttpTransportTests.Entries(TestEvents.Run(1), TestEvents.Run(2)), CancellationToken.None);
        var result = await transport.SendAsync(HttpTransportTests.Entries(TestEvents.Run(3)), CancellationToken.None);

        Assert.Null(result.Failure);
        var lines = File.ReadAllLines(path);
        Assert.Equal(new[] { TestEvents.Run(1), TestEvents.Run(2), TestEvents.Run(3) }.Select(OpenLineageJson.Serialize), lines);
        Assert.All(lines, line => OpenLineageJson.ParseEvent(line));
    }

    [Fact]
    public async Task A_file_that_cannot_be_written_is_a_transient_failure()
    {
        // The target is a directory: the append fails, the events stay pending.
        Directory.CreateDirectory(_dir.Combine("blocked"));

        var result = await new FileTransport(_dir.Combine("blocked")).SendAsync(HttpTransportTests.Entries(TestEvents.Run(1)), CancellationToken.None);

        Assert.Empty(result.Delivered);
        Assert.Equal(TransportFailureKind.Transient, result.Failure?.Kind);
    }
}
