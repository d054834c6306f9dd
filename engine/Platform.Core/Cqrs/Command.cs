namespace Platform.Core.Cqrs;

/// <summary>A write request (seed 001 § 6).</summary>
/// <param name="Type">The command type, <c>{module}.{name}</c>.</param>
/// <param name="Payload">The input: a field map for manifest-declared inputs, or a typed object.</param>
public sealed record Command(string Type, object? Payload) : MediatorRequest(Type)
{
    /// <inheritdoc />
    public override RequestKind Kind => RequestKind.Command;

    /// <summary>The event or command that triggered this one.</summary>
    public string? CausedBy { get; init; }

    /// <summary>When set, dispatches with the same key within the idempotency window run the handler once.</summary>
    public string? IdempotencyKey { get; init; }
}
