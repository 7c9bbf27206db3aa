using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Governance.Collector.Tests.Scanning;

/// <summary>Logs to the xunit test output (ignored once the test is over) and keeps every line for assertions.</summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper? output, LogLevel minimum = LogLevel.Debug) : ILoggerProvider
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }

        try
        {
            output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has finished; late log lines from background clients are dropped.
        }
    }

    private sealed class Logger(TestOutputLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var name = category[(category.LastIndexOf('.') + 1)..];
            provider.Write($"[{DateTime.UtcNow:HH:mm:ss.fff} {logLevel.ToString()[..4]} {name}] {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")}");
        }
    }

    private readonly LogLevel _minimum = minimum;
}
