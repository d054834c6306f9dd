using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Execution;

/// <content>Value completion (spec § 6.4.3 "Value Completion").</content>
public static partial class Executor
{
    // Spec "CompleteValue".
    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType returnType, List<FieldNode> fieldNodes, ObjectType parentType, FieldDefinition field, ResponsePath path, object? result)
    {
        if (result is Exception exception)
        {
            throw exception;
        }

        if (returnType is NonNullType nonNull)
        {
            var inner = CompleteValue(context, nonNull.OfType, fieldNodes, parentType, field, path, result);
            if (inner.IsCompletedSuccessfully)
            {
                return inner.Result is null ? throw NullInNonNull(parentType, field) : inner;
            }

            return AwaitNonNull(inner, parentType, field);
        }

        if (result is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return ValueTask.FromResult<object?>(null);
        }

        return returnType switch
        {
            ListType list => CompleteListValue(context, list.OfType, fieldNodes, parentType, field, path, result),
            ScalarType scalar => ValueTask.FromResult(SerializeScalar(scalar, result)),
            EnumType @enum => ValueTask.FromResult<object?>(SerializeEnum(@enum, result)),
            InterfaceType or UnionType => CompleteObjectValue(context, ResolveRuntimeType(context, (NamedType)returnType, result, parentType, field), fieldNodes, path, result),
            ObjectType @object => CompleteObjectValue(context, CheckIsTypeOf(@object, result), fieldNodes, path, result),
            _ => throw new FieldExecutionException($"Cannot complete value of unexpected output type: \"{returnType}\"."),
        };
    }

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, ObjectType parentType, FieldDefinition field) =>
        await inner.ConfigureAwait(false) ?? throw NullInNonNull(parentType, field);

    private static FieldExecutionException NullInNonNull(ObjectType parentType, FieldDefinition field) =>
        new($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.");

    private static async ValueTask<object?> CompleteListValue(ExecutionContext context, GraphQLType itemType, List<FieldNode> fieldNodes, ObjectType parentType, FieldDefinition field, ResponsePath path, object result)
    {
        if (result is string or IDictionary or IReadOnlyDictionary<string, object?> || (result is not IEnumerable && result is not JsonElement { ValueKind: JsonValueKind.Array }))
        {
            throw new FieldExecutionException($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");
        }

        var items = result is JsonElement json ? json.EnumerateArray().Cast<object?>() : ((IEnumerable)result).Cast<object?>();
        var completed = new List<object?>();
        List<(int Index, ValueTask<object?> Value, ResponsePath Path)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index);
            ValueTask<object?> value;
            try
            {
                value = CompleteValue(context, itemType, fieldNodes, parentType, field, itemPath, item);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                value = ValueTask.FromResult(HandleFieldError(context, exception, itemType, fieldNodes, itemPath));
            }

            if (value.IsCompletedSuccessfully)
            {
                completed.Add(value.Result);
            }
            else
            {
                completed.Add(null);
                (pending ??= []).Add((index, value, itemPath));
            }

            index++;
        }

        if (pending is not null)
        {
            foreach (var (itemIndex, value, itemPath) in pending)
            {
                try
                {
                    completed[itemIndex] = await value.ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
                {
                    completed[itemIndex] = HandleFieldError(context, exception, itemType, fieldNodes, itemPath);
                }
            }
        }

        return completed;
    }

    private static object? SerializeScalar(ScalarType scalar, object result)
    {
        var serialized = scalar.Serialize(result);
        return serialized ?? throw new FieldExecutionException($"Expected `{scalar.Name}.serialize({ValueInspector.Inspect(result)})` to return non-nullable value, returned: null");
    }

    private static string SerializeEnum(EnumType @enum, object result)
    {
        if (@enum.FindByValue(result) is { } byValue)
        {
            return byValue.Name;
        }

        return result is string name && @enum.Values.ContainsKey(name) ? name : throw new FieldExecutionException($"Enum \"{@enum.Name}\" cannot represent value: {ValueInspector.Inspect(result)}");
    }

    private static ObjectType CheckIsTypeOf(ObjectType type, object result) =>
        type.IsTypeOf is { } isTypeOf && !isTypeOf(result) ? throw new FieldExecutionException($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(result)}.") : type;

    // Spec "ResolveAbstractType".
    private static ObjectType ResolveRuntimeType(ExecutionContext context, NamedType abstractType, object result, ObjectType parentType, FieldDefinition field)
    {
        var schema = context.Schema;
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var name = resolver is not null
            ? resolver(result, schema)
            : result switch
            {
                IReadOnlyDictionary<string, object?> map when map.GetValueOrDefault("__typename") is string typename => typename,
                JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty("__typename", out var typename) => typename.GetString(),
                _ => schema.GetPossibleTypes(abstractType).FirstOrDefault(t => t.IsTypeOf?.Invoke(result) == true)?.Name,
            };
        if (name is null)
        {
            throw new FieldExecutionException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = schema.GetType(name) switch
        {
            null => throw new FieldExecutionException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema."),
            ObjectType @object => @object,
            _ => throw new FieldExecutionException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\"."),
        };
        return schema.IsSubType(abstractType, runtimeType)
            ? runtimeType
            : throw new FieldExecutionException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
    }

    // Spec "CompleteObjectValue": the merged selection sets of every field node, executed on the value.
    private static ValueTask<object?> CompleteObjectValue(ExecutionContext context, ObjectType objectType, List<FieldNode> fieldNodes, ResponsePath path, object result)
    {
        var subfields = CollectSubfields(context, objectType, fieldNodes);
        var execution = ExecuteFieldsAsync(context, objectType, result, path, subfields);
        return execution.IsCompletedSuccessfully ? ValueTask.FromResult<object?>(execution.Result) : AsObject(execution);
    }

    // Spec "CollectSubfields": the merged selection sets of the field nodes on the object type, collected once per execution.
    internal static OrderedDictionary<string, List<FieldNode>> CollectSubfields(ExecutionContext context, ObjectType objectType, List<FieldNode> fieldNodes) =>
        context.Subfields.GetOrAdd(objectType, fieldNodes, () =>
        {
            OrderedDictionary<string, List<FieldNode>> fields = [];
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in fieldNodes.Where(n => n.SelectionSet is not null))
            {
                CollectFields(context, objectType, node.SelectionSet!, fields, visited);
            }

            return fields;
        });

    private static async ValueTask<object?> AsObject(ValueTask<OrderedDictionary<string, object?>> execution) => await execution.ConfigureAwait(false);

    // The same field nodes on the same type collect the same subfields: once per list, not once per item.
    /// <summary>The sub-selections collected per object type and field nodes during one execution (a list of 50 items collects its item fields once).</summary>
    internal sealed class SubfieldCache
    {
        private readonly Dictionary<(ObjectType, List<FieldNode>), OrderedDictionary<string, List<FieldNode>>> _entries = new(new KeyComparer());
        private readonly Lock _gate = new();

        public OrderedDictionary<string, List<FieldNode>> GetOrAdd(ObjectType type, List<FieldNode> nodes, Func<OrderedDictionary<string, List<FieldNode>>> create)
        {
            lock (_gate)
            {
                if (!_entries.TryGetValue((type, nodes), out var fields))
                {
                    _entries[(type, nodes)] = fields = create();
                }

                return fields;
            }
        }

        // By the nodes, not the list: lists are made per execution, the nodes live as long as the cached
        // document, so hashing them never takes the runtime's slow path for a fresh object's hash code.
        private sealed class KeyComparer : IEqualityComparer<(ObjectType, List<FieldNode>)>
        {
            public bool Equals((ObjectType, List<FieldNode>) x, (ObjectType, List<FieldNode>) y)
            {
                if (!ReferenceEquals(x.Item1, y.Item1) || x.Item2.Count != y.Item2.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Item2.Count; i++)
                {
                    if (!ReferenceEquals(x.Item2[i], y.Item2[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode((ObjectType, List<FieldNode>) obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2[0]), obj.Item2.Count);
        }
    }
}
