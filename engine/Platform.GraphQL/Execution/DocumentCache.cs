using System.Collections.Concurrent;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents keyed by schema version and document text, so a repeated
/// query skips parsing and validation. Bounded: when full, the oldest half is dropped.
/// </summary>
public sealed class DocumentCache(int capacity = 1_000)
{
    private readonly ConcurrentDictionary<(long, string), Entry> _entries = new();
    private long _clock;

    /// <summary>How many documents are cached.</summary>
    public int Count => _entries.Count;

    /// <summary>The cached outcome for <paramref name="query"/> on schema <paramref name="schemaVersion"/>, or null.</summary>
    public PreparedDocument? Get(long schemaVersion, string query)
    {
        if (!_entries.TryGetValue((schemaVersion, query), out var entry))
        {
            return null;
        }

        entry.LastUse = Interlocked.Increment(ref _clock);
        return entry.Document;
    }

    /// <summary>Stores an outcome.</summary>
    public void Set(long schemaVersion, string query, PreparedDocument document)
    {
        if (_entries.Count >= capacity)
        {
            foreach (var stale in _entries.OrderBy(e => e.Value.LastUse).Take(capacity / 2).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }

        _entries[(schemaVersion, query)] = new Entry(document) { LastUse = Interlocked.Increment(ref _clock) };
    }

    private sealed class Entry(PreparedDocument document)
    {
        public PreparedDocument Document { get; } = document;

        public long LastUse { get; set; }
    }
}

/// <summary>A document after parsing and validation: either usable, or the request errors it produced.</summary>
/// <param name="Document">The parsed document, when it parsed.</param>
/// <param name="Errors">Parse, limit or validation errors; empty when the document may be executed.</param>
public sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
