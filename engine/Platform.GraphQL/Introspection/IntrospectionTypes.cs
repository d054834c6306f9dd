using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Types.Scalars;

namespace Platform.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec § 4.2 (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c> and the two enums), whose resolvers
/// read the engine's own type model.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        var nonNullString = new NonNullType(BuiltInScalars.String);
        var nonNullBoolean = new NonNullType(BuiltInScalars.Boolean);
        var includeDeprecated = new InputValueDefinition("includeDeprecated", BuiltInScalars.Boolean) { DefaultValue = Parser.ParseConstValue("false") };

        TypeKind.SetValues(new[] { "SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL" }.Select(v => new EnumValueDefinition(v)));
        DirectiveLocation.SetValues(DirectiveLocations.Executable.Concat(DirectiveLocations.TypeSystem).Select(v => new EnumValueDefinition(v)));

        Schema.Fields = Fields(
            Define("description", BuiltInScalars.String, c => ((Schema)c.Source!).Description),
            Define("types", new NonNullType(new ListType(new NonNullType(Type))), c => ((Schema)c.Source!).Types.Values.ToList()),
            Define("queryType", new NonNullType(Type), c => ((Schema)c.Source!).Query),
            Define("mutationType", Type, c => ((Schema)c.Source!).Mutation),
            Define("subscriptionType", Type, c => ((Schema)c.Source!).Subscription),
            Define("directives", new NonNullType(new ListType(new NonNullType(Directive))), c => ((Schema)c.Source!).Directives.Values.ToList()));

        Type.Fields = Fields(
            Define("kind", new NonNullType(TypeKind), c => KindOf((GraphQLType)c.Source!)),
            Define("name", BuiltInScalars.String, c => (c.Source as NamedType)?.Name),
            Define("description", BuiltInScalars.String, c => (c.Source as NamedType)?.Description),
            Define("specifiedByURL", BuiltInScalars.String, c => (c.Source as ScalarType)?.SpecifiedByUrl),
            Define("fields", new ListType(new NonNullType(Field)), c => (c.Source as IFieldsType)?.Fields.Values.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList(), includeDeprecated),
            Define("interfaces", new ListType(new NonNullType(Type)), c => (c.Source as IFieldsType)?.Interfaces.ToList()),
            Define("possibleTypes", new ListType(new NonNullType(Type)), c => c.Source is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Source).ToList() : null),
            Define("enumValues", new ListType(new NonNullType(EnumValue)), c => (c.Source as EnumType)?.Values.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null).ToList(), includeDeprecated),
            Define("inputFields", new ListType(new NonNullType(InputValue)), c => (c.Source as InputObjectType)?.Fields.Values.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList(), includeDeprecated),
            Define("ofType", Type, c => c.Source switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            }),
            Define("isOneOf", BuiltInScalars.Boolean, c => c.Source is InputObjectType input ? input.IsOneOf : null));

        Field.Fields = Fields(
            Define("name", nonNullString, c => ((FieldDefinition)c.Source!).Name),
            Define("description", BuiltInScalars.String, c => ((FieldDefinition)c.Source!).Description),
            Define("args", new NonNullType(new ListType(new NonNullType(InputValue))), c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList(), includeDeprecated),
            Define("type", new NonNullType(Type), c => ((FieldDefinition)c.Source!).Type),
            Define("isDeprecated", nonNullBoolean, c => ((FieldDefinition)c.Source!).DeprecationReason is not null),
            Define("deprecationReason", BuiltInScalars.String, c => ((FieldDefinition)c.Source!).DeprecationReason));

        InputValue.Fields = Fields(
            Define("name", nonNullString, c => ((InputValueDefinition)c.Source!).Name),
            Define("description", BuiltInScalars.String, c => ((InputValueDefinition)c.Source!).Description),
            Define("type", new NonNullType(Type), c => ((InputValueDefinition)c.Source!).Type),
            Define("defaultValue", BuiltInScalars.String, c => ((InputValueDefinition)c.Source!).DefaultValue is { } value ? SyntaxPrinter.Print(value) : null),
            Define("isDeprecated", nonNullBoolean, c => ((InputValueDefinition)c.Source!).DeprecationReason is not null),
            Define("deprecationReason", BuiltInScalars.String, c => ((InputValueDefinition)c.Source!).DeprecationReason));

        EnumValue.Fields = Fields(
            Define("name", nonNullString, c => ((EnumValueDefinition)c.Source!).Name),
            Define("description", BuiltInScalars.String, c => ((EnumValueDefinition)c.Source!).Description),
            Define("isDeprecated", nonNullBoolean, c => ((EnumValueDefinition)c.Source!).DeprecationReason is not null),
            Define("deprecationReason", BuiltInScalars.String, c => ((EnumValueDefinition)c.Source!).DeprecationReason));

        Directive.Fields = Fields(
            Define("name", nonNullString, c => ((DirectiveDefinition)c.Source!).Name),
            Define("description", BuiltInScalars.String, c => ((DirectiveDefinition)c.Source!).Description),
            Define("isRepeatable", nonNullBoolean, c => ((DirectiveDefinition)c.Source!).IsRepeatable),
            Define("locations", new NonNullType(new ListType(new NonNullType(DirectiveLocation))), c => ((DirectiveDefinition)c.Source!).Locations.ToList()),
            Define("args", new NonNullType(new ListType(new NonNullType(InputValue))), c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList(), includeDeprecated));
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType Schema { get; } = new("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType Type { get; } = new("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType Field { get; } = new("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValue { get; } = new("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValue { get; } = new("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType Directive { get; } = new("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKind { get; } = new("__TypeKind", "An enum describing what kind of type a given `__Type` is.");

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocation { get; } = new("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    /// <summary>Every introspection type.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Type, Field, InputValue, EnumValue, Directive, TypeKind, DirectiveLocation];

    /// <summary>The <c>__schema</c> meta-field of the query root.</summary>
    public static FieldDefinition SchemaMetaField { get; } = new("__schema", new NonNullType(Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = c => ValueTask.FromResult<object?>(c.Schema),
    };

    /// <summary>The <c>__type(name:)</c> meta-field of the query root.</summary>
    public static FieldDefinition TypeMetaField { get; } = new("__type", Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))],
        Resolver = c => ValueTask.FromResult<object?>(c.Schema.GetType((string)c.Arguments["name"]!)),
    };

    /// <summary>The <c>__typename</c> meta-field of every object type.</summary>
    public static FieldDefinition TypeNameMetaField { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = c => ValueTask.FromResult<object?>(c.ParentType.Name),
    };

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };

    private static bool IncludeDeprecated(ResolveFieldContext context) => context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static Dictionary<string, FieldDefinition> Fields(params FieldDefinition[] fields) => fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    private static FieldDefinition Define(string name, GraphQLType type, Func<ResolveFieldContext, object?> resolve, params InputValueDefinition[] arguments) =>
        new(name, type) { Arguments = arguments, Resolver = context => ValueTask.FromResult(resolve(context)) };
}
