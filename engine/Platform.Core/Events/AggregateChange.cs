namespace Platform.Core.Events;

/// <summary>
/// The row an event's write left behind, recorded with the write's primary event so realtime
/// subscribers can filter and show the entity without reading it back.
/// </summary>
/// <param name="Kind">What happened to the row: <c>created</c>, <c>updated</c>, <c>deleted</c>, <c>restored</c> or <c>transitioned</c>.</param>
/// <param name="ChangedFields">The field keys the write set.</param>
/// <param name="Row">The row after the write, by column name (sensitive columns included: never send it to clients as is).</param>
public sealed record AggregateChange(string Kind, IReadOnlyList<string> ChangedFields, IReadOnlyDictionary<string, object?> Row)
{
    /// <summary>The kind of a state machine transition.</summary>
    public const string Transitioned = "transitioned";
}
