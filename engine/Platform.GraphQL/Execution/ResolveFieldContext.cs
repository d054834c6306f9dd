using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>What a resolver gets: the parent value, the coerced arguments, and the request.</summary>
public sealed class ResolveFieldContext
{
    internal ResolveFieldContext(ExecutionContext execution, ObjectType parentType, FieldDefinition field, IReadOnlyList<FieldNode> fieldNodes, object? source, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        Execution = execution;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Source = source;
        Arguments = arguments;
        Path = path;
    }

    /// <summary>The parent object's resolved value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>The coerced arguments, defaults applied; absent arguments without default are missing.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The object type the field belongs to.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field's nodes in the document (several when merged).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path of this field.</summary>
    public ResponsePath Path { get; }

    /// <summary>The schema.</summary>
    public Schema Schema => Execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => Execution.Operation;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Execution.Variables;

    /// <summary>The host's per-request object (the platform's system context).</summary>
    public object? UserContext => Execution.Request.UserContext;

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    public CancellationToken CancellationToken => Execution.CancellationToken;

    /// <summary>Per-request storage for batch loaders (see <see cref="BatchLoader{TKey, TValue}"/>).</summary>
    public RequestItems Items => Execution.Items;

    internal ExecutionContext Execution { get; }

    /// <summary>
    /// The request's batch loader under <paramref name="key"/> (created with <paramref name="fetch"/> on first
    /// use and dispatched by the executor before it waits), so sibling resolvers share one fetch.
    /// </summary>
    public BatchLoader<TKey, TValue> GetBatchLoader<TKey, TValue>(object key, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        Items.GetOrAdd(key, () =>
        {
            var loader = new BatchLoader<TKey, TValue>(fetch, CancellationToken);
            loader.Attach(Execution);
            Execution.Register(loader);
            return loader;
        });

    /// <summary>
    /// Records an error at this field's path and locations while the resolver still returns a value
    /// (a partial result): the field keeps its value and the response carries the error.
    /// </summary>
    /// <param name="message">What went wrong, for the client.</param>
    /// <param name="code">An optional <c>extensions.code</c>.</param>
    public void ReportError(string message, string? code = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        var extensions = code is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        Execution.AddError(Executor.FieldError(message, FieldNodes, Path, extensions));
    }

    /// <summary>
    /// Whether the field's selection set selects <paramref name="fieldName"/> directly (through fragments
    /// too, whatever their type condition and directives): lets a resolver skip work nobody asked for.
    /// </summary>
    public bool Selects(string fieldName) => SelectedFieldNames().Contains(fieldName);

    /// <summary>
    /// The names of the fields selected below this field along <paramref name="path"/> (field names
    /// followed from this field's selection set; empty for the selection set itself), through fragments
    /// whatever their type condition and directives: lets a resolver read only what is asked for.
    /// </summary>
    public IReadOnlySet<string> SelectedFieldNames(params ReadOnlySpan<string> path) => Selections.FieldNames(Execution, FieldNodes, path);

    /// <summary>
    /// The fields the executor will resolve below this field along <paramref name="path"/> (field names
    /// followed from this field's selection set; empty for its own sub-fields), collected as the executor
    /// collects them, with their nodes and arguments: lets a resolver load what its children will need.
    /// Nothing when the field's type (or a type on the path) is not an object type.
    /// </summary>
    public IReadOnlyList<SelectedField> SelectedFields(params ReadOnlySpan<string> path) =>
        SelectedField.Collect(Execution, Field.Type, FieldNodes as List<FieldNode> ?? [.. FieldNodes], path);

    /// <summary>An argument's value, or <paramref name="fallback"/> when absent.</summary>
    public T? Argument<T>(string name, T? fallback = default) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
