using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Governance.Collector.Tests.Outbox;

/// <summary>Keeps every log entry (message, structured values, exception text) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => [.. _records];

    /// <summary>All captured text: messages, every structured value, scopes and exceptions.</summary>
    public string AllText => string.Join("\n", _records.Select(r => r.FullText));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    public bool Contains(LogLevel level, string text) =>
        _records.Any(r => r.Level == level && r.Message.Contains(text, StringComparison.OrdinalIgnoreCase));

    internal sealed record LogRecord(string Category, LogLevel Level, string Message, string FullText);

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            records.Enqueue(new LogRecord(category, LogLevel.None, "scope", $"scope: {Describe(state)}"));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            records.Enqueue(new LogRecord(category, logLevel, message, $"{category} [{logLevel}] {message} | {Describe(state)} | {exception}"));
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}
