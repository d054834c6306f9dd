namespace Platform.Postgres.Sql;

/// <summary>The hand-written SQL files embedded in this assembly (<c>Sql/*.sql</c>).</summary>
internal static class SqlResources
{
    public static string Read(string fileName)
    {
        using var stream = typeof(SqlResources).Assembly.GetManifestResourceStream($"Platform.Postgres.Sql.{fileName}")
            ?? throw new InvalidOperationException($"Embedded SQL '{fileName}' is missing from Platform.Postgres.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
