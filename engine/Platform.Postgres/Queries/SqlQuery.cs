namespace Platform.Postgres.Queries;

/// <summary>A compiled statement: SQL text built from the schema only, and its typed parameters.</summary>
/// <param name="Text">The SQL.</param>
/// <param name="Parameters">The values, as parameters.</param>
public sealed record SqlQuery(string Text, SqlParameters Parameters);
