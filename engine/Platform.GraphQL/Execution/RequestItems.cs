using System.Collections.Concurrent;

namespace Platform.GraphQL.Execution;

/// <summary>Objects that live for one request (batch loaders, caches), created on first use.</summary>
public sealed class RequestItems
{
    private readonly ConcurrentDictionary<object, object> _items = new();

    /// <summary>The item under <paramref name="key"/>, created by <paramref name="create"/> the first time.</summary>
    public T GetOrAdd<T>(object key, Func<T> create)
        where T : class => (T)_items.GetOrAdd(key, _ => create());
}
