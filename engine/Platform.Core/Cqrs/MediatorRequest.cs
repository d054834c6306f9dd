namespace Platform.Core.Cqrs;

/// <summary>
/// A command or query sent through the mediator. Who sends it (actor, organization, correlation)
/// comes from the <see cref="Context.ISystemContext"/> it is sent with, so the two can never disagree.
/// </summary>
/// <param name="Type">The request type, <c>{module}.{name}</c>.</param>
public abstract record MediatorRequest(string Type)
{
    /// <summary>Whether this is a command or a query.</summary>
    public abstract RequestKind Kind { get; }
}
