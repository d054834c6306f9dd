using Platform.GraphQL.Errors;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types.Scalars;

namespace Platform.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL documents — the platform's base SDL plus one per module —
/// merging <c>extend</c> definitions into the types they extend, and binding resolvers. Every
/// problem (duplicate definitions, extensions of unknown types, unknown type references, the
/// spec's schema rules) is reported at once, with its location.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object?, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, object>> _enumValues = new(StringComparer.Ordinal);

    /// <summary>Creates a builder that knows the platform's scalars (DateTime, JSON, Long, Decimal).</summary>
    public SchemaBuilder()
    {
        foreach (var scalar in PlatformScalars.All)
        {
            _scalars[scalar.Name] = scalar;
        }
    }

    /// <summary>Adds an SDL document.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL does not parse.</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl, string sourceName = "GraphQL SDL") => AddTypeDefinitions(Parser.Parse(new Source(sdl, sourceName)));

    /// <summary>Adds a parsed SDL document.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Provides the implementation of a custom scalar declared in SDL.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds the resolver of <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds the source stream of a subscription field.</summary>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        _subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>Binds how an interface or union finds the object type of a value.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Binds how an object type recognises its values (for abstract types without a type resolver).</summary>
    public SchemaBuilder AddIsTypeOf(string objectTypeName, Func<object?, bool> isTypeOf)
    {
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Maps enum value names to the internal values resolvers use (<c>ACTIVE</c> → <c>"active"</c>).</summary>
    public SchemaBuilder AddEnumValues(string enumTypeName, IReadOnlyDictionary<string, object> values)
    {
        _enumValues[enumTypeName] = values;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="GraphQLSchemaException">The definitions conflict or break the spec's schema rules; every problem is listed.</exception>
    public Schema Build()
    {
        var errors = new List<GraphQLError>();
        var schema = new Assembly(this, errors).Run();
        if (errors.Count == 0)
        {
            errors.AddRange(SchemaValidation.SchemaValidator.Validate(schema));
        }

        return errors.Count > 0 ? throw new GraphQLSchemaException(errors) : schema;
    }

    /// <summary>The name a type definition or extension defines.</summary>
    public static string DefinitionName(SyntaxNode definition) => Assembly.TypeName(definition).Value;

    internal static GraphQLError Error(string message, params SyntaxNode?[] nodes) =>
        new(message)
        {
            Locations = nodes.Where(n => n?.Location is not null).Select(n => new SourceLocation(n!.Location!.Value.Line, n.Location.Value.Column)).ToList(),
        };
}
