using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec § 3.3): its types, root operation types and directives. Built by
/// <see cref="SchemaBuilder"/>; immutable once built, and identified by <see cref="Version"/> so
/// caches of validated documents can key on it.
/// </summary>
public sealed class Schema
{
    private static long _versions;

    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<InterfaceType>> _interfaceImplementations = new(StringComparer.Ordinal);

    internal Schema(IEnumerable<NamedType> types, IEnumerable<DirectiveDefinition> directives, ObjectType? query, ObjectType? mutation, ObjectType? subscription, string? description)
    {
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Version = Interlocked.Increment(ref _versions);
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union.Name] = union.Types;
                    break;
                case InterfaceType @interface:
                    _possibleTypes[@interface.Name] = _types.Values.OfType<ObjectType>().Where(o => o.Interfaces.Any(i => i.Name == @interface.Name)).ToList();
                    _interfaceImplementations[@interface.Name] = _types.Values.OfType<InterfaceType>().Where(i => i.Interfaces.Any(x => x.Name == @interface.Name)).ToList();
                    break;
            }
        }
    }

    /// <summary>The query root type (every valid schema has one).</summary>
    public ObjectType? Query { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>The schema's description.</summary>
    public string? Description { get; }

    /// <summary>A number unique to this schema instance in the process.</summary>
    public long Version { get; }

    /// <summary>Every named type, the built-in scalars and introspection types included.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    /// <summary>Every directive, the built-in ones included.</summary>
    public IReadOnlyDictionary<string, DirectiveDefinition> Directives => _directives;

    /// <summary>The schema-level directives applied in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal init; } = [];

    /// <summary>A named type, or null.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>A directive, or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of <paramref name="operation"/>, or null.</summary>
    public ObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types an abstract type may resolve to.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType.Name, out var types) ? types : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of, or an interface implementing, <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        GetPossibleTypes(abstractType).Any(t => t.Name == maybeSubType.Name)
        || (maybeSubType is InterfaceType && _interfaceImplementations.TryGetValue(abstractType.Name, out var interfaces) && interfaces.Any(i => i.Name == maybeSubType.Name));
}
