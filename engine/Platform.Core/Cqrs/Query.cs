namespace Platform.Core.Cqrs;

/// <summary>A read request (seed 001 § 6).</summary>
/// <param name="Type">The query type, <c>{module}.{name}</c>.</param>
/// <param name="Parameters">The parameters.</param>
public sealed record Query(string Type, object? Parameters) : MediatorRequest(Type)
{
    /// <inheritdoc />
    public override RequestKind Kind => RequestKind.Query;
}
