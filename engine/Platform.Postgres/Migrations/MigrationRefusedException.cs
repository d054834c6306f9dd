namespace Platform.Postgres.Migrations;

/// <summary>A migration was not applied because it needs permission (destructive steps) or a manifest change; nothing was changed.</summary>
public sealed class MigrationRefusedException : Exception
{
    /// <summary>Creates the exception for <paramref name="plan"/>.</summary>
    public MigrationRefusedException(MigrationPlan plan)
        : base(Describe(plan))
    {
        Plan = plan;
    }

    /// <summary>The plan that was refused.</summary>
    public MigrationPlan Plan { get; }

    private static string Describe(MigrationPlan plan)
    {
        var lines = new List<string> { "The schema migration was not applied; nothing was changed." };
        if (plan.Refusals.Count > 0)
        {
            lines.Add("These changes need a manifest change:");
            lines.AddRange(plan.Refusals.Select(r => "  - " + r));
        }

        if (plan.DestructiveSteps.Count > 0)
        {
            lines.Add("These steps can lose data and run only when destructive migrations are allowed (MigrationOptions.AllowDestructive):");
            lines.AddRange(plan.DestructiveSteps.Select(s => "  - " + s.Description));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
