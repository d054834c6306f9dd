using Microsoft.Extensions.Logging;

namespace Platform.Postgres.Tests.Repositories;

/// <summary>Counts the statements Npgsql sends (its command-execution log events), for "no N+1" tests.</summary>
internal sealed class StatementCounter : ILoggerFactory
{
    private int _statements;

    public int Statements => Volatile.Read(ref _statements);

    public List<string> Messages { get; } = [];

    public void Reset()
    {
        Interlocked.Exchange(ref _statements, 0);
        lock (Messages)
        {
            Messages.Clear();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(StatementCounter counter, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category == "Npgsql.Command";

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (message.Contains("execution completed", StringComparison.Ordinal))
            {
                lock (counter.Messages)
                {
                    counter.Messages.Add(message);
                }

                Interlocked.Increment(ref counter._statements);
            }
        }
    }
}
