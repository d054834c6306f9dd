namespace Platform.Postgres.Migrations;

/// <summary>How a migration is applied.</summary>
public sealed record MigrationOptions
{
    /// <summary>Whether destructive steps (drops, narrowing types, removing enum values) may run.</summary>
    public bool AllowDestructive { get; init; }

    /// <summary>The schema the module tables live in.</summary>
    public string Schema { get; init; } = "public";
}
