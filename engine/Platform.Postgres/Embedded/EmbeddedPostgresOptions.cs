namespace Platform.Postgres.Embedded;

/// <summary>Where and how the embedded server runs.</summary>
/// <param name="DataDirectory">The cluster's folder (PGDATA), e.g. <c>.data/postgres</c>; created and initialised on first start.</param>
public sealed record EmbeddedPostgresOptions(string DataDirectory)
{
    /// <summary>The TCP port on 127.0.0.1; a free one is chosen when null.</summary>
    public int? Port { get; init; }

    /// <summary>The folder of initdb/pg_ctl/postgres; searched for when null.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>The application database created on first start.</summary>
    public string Database { get; init; } = "platform";

    /// <summary>Extra server settings (<c>fsync=off</c> for tests and benchmarks), applied on every start.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The pg_ctl shutdown mode: <c>fast</c> (default; sessions end, a checkpoint is written) or
    /// <c>immediate</c> (for throw-away test clusters: no checkpoint, recovery on next start).
    /// </summary>
    public string ShutdownMode { get; init; } = "fast";

    /// <summary>How long start-up may take.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
