namespace Platform.Model.Schema;

/// <summary>A CHECK constraint.</summary>
/// <param name="Name">The constraint name.</param>
/// <param name="Expression">The boolean SQL expression.</param>
public sealed record SqlCheck(string Name, string Expression);
