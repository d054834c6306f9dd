namespace Platform.Model.Schema;

/// <summary>A row-level security policy (for all commands, to all roles).</summary>
/// <param name="Name">The policy name.</param>
/// <param name="Using">The USING expression (rows visible).</param>
/// <param name="WithCheck">The WITH CHECK expression (rows writable).</param>
public sealed record SqlPolicy(string Name, string Using, string WithCheck);
