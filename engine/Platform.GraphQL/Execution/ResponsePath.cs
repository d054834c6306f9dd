namespace Platform.GraphQL.Execution;

/// <summary>A path in the response: field names (response keys) and list indexes, linked to its parent.</summary>
/// <param name="Previous">The parent path, or null at the root.</param>
/// <param name="Key">A response key (string) or list index (int).</param>
public sealed record ResponsePath(ResponsePath? Previous, object Key)
{
    /// <summary>The path from the root, as errors report it.</summary>
    public IReadOnlyList<object> ToList()
    {
        var items = new List<object>();
        for (var current = this; current is not null; current = current.Previous)
        {
            items.Add(current.Key);
        }

        items.Reverse();
        return items;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(".", ToList());
}
