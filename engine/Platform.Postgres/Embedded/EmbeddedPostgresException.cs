namespace Platform.Postgres.Embedded;

/// <summary>The embedded server could not be set up or started; the message says what to do.</summary>
public sealed class EmbeddedPostgresException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public EmbeddedPostgresException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
