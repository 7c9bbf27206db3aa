using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>Writes server log lines to the test output (shown when a test fails).</summary>
internal sealed class XunitLogger(ITestOutputHelper output, string category, LogLevel minimum = LogLevel.Debug) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        try
        {
            output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}] {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished; late log lines from background connections are dropped.
        }
    }
}
