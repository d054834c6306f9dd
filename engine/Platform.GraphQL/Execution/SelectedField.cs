using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// A field the executor will resolve below the current one, collected exactly as the executor collects
/// it (fragments, type conditions, <c>@skip</c>/<c>@include</c>, merging): lets a resolver read ahead
/// what its children will ask for and load it with its own rows.
/// </summary>
public sealed class SelectedField
{
    private readonly ExecutionContext _execution;

    internal SelectedField(ExecutionContext execution, string responseKey, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes)
    {
        _execution = execution;
        ResponseKey = responseKey;
        ParentType = parentType;
        Field = field;
        Nodes = nodes;
    }

    /// <summary>The response key (the alias, else the field's name).</summary>
    public string ResponseKey { get; }

    /// <summary>The object type the field is selected on.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The field's nodes, merged: the same list the field's resolver will see as <see cref="ResolveFieldContext.FieldNodes"/>.</summary>
    public IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>The coerced arguments the field's resolver will get, or null when they are invalid (the field will fail on its own).</summary>
    public IReadOnlyDictionary<string, object?>? Arguments
    {
        get
        {
            try
            {
                return Executor.CoerceArgumentValues(_execution, Field, Nodes[0]);
            }
            catch (FieldExecutionException)
            {
                return null;
            }
        }
    }

    /// <summary>The names of the fields selected below this one along <paramref name="path"/> (see <see cref="ResolveFieldContext.SelectedFieldNames"/>).</summary>
    public IReadOnlySet<string> SelectedFieldNames(params ReadOnlySpan<string> path) => Selections.FieldNames(_execution, Nodes, path);

    /// <summary>
    /// The fields collected below <paramref name="nodes"/> (fields of <paramref name="type"/>) along <paramref name="path"/>:
    /// each step follows every response key whose field has that name and an object type.
    /// </summary>
    internal static IReadOnlyList<SelectedField> Collect(ExecutionContext execution, GraphQLType type, List<FieldNode> nodes, ReadOnlySpan<string> path)
    {
        if (type.Named is not ObjectType start)
        {
            return [];
        }

        var level = new List<(ObjectType Type, List<FieldNode> Nodes)> { (start, nodes) };
        foreach (var step in path)
        {
            var next = new List<(ObjectType, List<FieldNode>)>();
            foreach (var (objectType, fieldNodes) in level)
            {
                foreach (var (_, childNodes) in Executor.CollectSubfields(execution, objectType, fieldNodes))
                {
                    if (childNodes[0].Name.Value == step && Executor.GetFieldDefinition(execution.Schema, objectType, step) is { Type.Named: ObjectType childType })
                    {
                        next.Add((childType, childNodes));
                    }
                }
            }

            level = next;
        }

        var selected = new List<SelectedField>();
        foreach (var (objectType, fieldNodes) in level)
        {
            foreach (var (key, childNodes) in Executor.CollectSubfields(execution, objectType, fieldNodes))
            {
                if (Executor.GetFieldDefinition(execution.Schema, objectType, childNodes[0].Name.Value) is { } field)
                {
                    selected.Add(new SelectedField(execution, key, objectType, field, childNodes));
                }
            }
        }

        return selected;
    }
}
