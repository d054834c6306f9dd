namespace Platform.Postgres.Migrations;

/// <summary>The ordered steps that bring the live database to the desired schema.</summary>
/// <param name="Steps">The steps, in the order they run.</param>
/// <param name="Checksum">SHA-256 of the desired schema's DDL: what the plan converges to.</param>
/// <param name="Refusals">Changes that cannot be planned automatically, each saying what to do (e.g. a required column without a default on a table with rows).</param>
public sealed record MigrationPlan(IReadOnlyList<MigrationStep> Steps, string Checksum, IReadOnlyList<string> Refusals)
{
    /// <summary>Whether the live database already matches.</summary>
    public bool IsEmpty => Steps.Count == 0 && Refusals.Count == 0;

    /// <summary>The steps that can lose data.</summary>
    public IReadOnlyList<MigrationStep> DestructiveSteps => Steps.Where(s => s.Destructive).ToList();

    /// <summary>The plan as text, one step per line.</summary>
    public override string ToString() =>
        IsEmpty ? "(no changes)" : string.Join("\n", Steps.Select(s => s.ToString()).Concat(Refusals.Select(r => "[refused] " + r)));
}
