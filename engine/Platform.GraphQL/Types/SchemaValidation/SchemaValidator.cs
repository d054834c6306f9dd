using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Types.SchemaValidation;

/// <summary>
/// The spec's type system rules (§ 3 "Type Validation" sections; graphql-js <c>validateSchema</c>),
/// with messages naming the offending type and field as graphql-js words them.
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>Every problem of <paramref name="schema"/>; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        ValidateRootTypes(schema, errors);
        foreach (var directive in schema.Directives.Values)
        {
            ValidateName(directive.Name, null, errors);
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add(Error($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode));
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    errors.Add(Error($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode));
                }
            }
        }

        var inputCycles = new InputCycleDetector(errors);
        foreach (var type in schema.Types.Values.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) || t.AstNodes.Count > 0))
        {
            ValidateName(type.Name, type.FirstAstNode, errors);
            switch (type)
            {
                case ObjectType @object:
                    ValidateFields(@object, errors);
                    ValidateInterfaces(schema, @object, errors);
                    break;
                case InterfaceType @interface:
                    ValidateFields(@interface, errors);
                    ValidateInterfaces(schema, @interface, errors);
                    break;
                case UnionType union:
                    ValidateUnion(schema, union, errors);
                    break;
                case EnumType @enum:
                    ValidateEnum(@enum, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    inputCycles.Check(input);
                    break;
            }
        }

        return errors;
    }

    private static void ValidateRootTypes(Schema schema, List<GraphQLError> errors)
    {
        if (schema.Query is null)
        {
            errors.Add(Error("Query root type must be provided."));
        }

        var roots = new[] { (OperationType.Query, schema.Query), (OperationType.Mutation, schema.Mutation), (OperationType.Subscription, schema.Subscription) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!.Name).Where(g => g.Count() > 1))
        {
            errors.Add(Error($"All root types must be different, \"{group.Key}\" type is used as {string.Join(" and ", group.Select(g => g.Item1.ToString().ToLowerInvariant()))} root types."));
        }
    }

    private static void ValidateName(string name, SyntaxNode? node, List<GraphQLError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node));
        }
    }

    private static void ValidateFields(IFieldsType type, List<GraphQLError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(Error($"Type {type.Name} must define one or more fields.", ((NamedType)type).FirstAstNode));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add(Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type));
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add(Error($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type));
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    errors.Add(Error($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode));
                }
            }
        }
    }

    private static void ValidateUnion(Schema schema, UnionType union, List<GraphQLError> errors)
    {
        var memberNodes = union.AstNodes.SelectMany(MemberNodes).ToList();
        foreach (var member in memberNodes.Where(m => schema.GetType(m.Name.Value) is { } t && t is not ObjectType))
        {
            errors.Add(Error($"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}.", member));
        }

        if (memberNodes.Count == 0 && union.Types.Count == 0)
        {
            errors.Add(Error($"Union type {union.Name} must define one or more member types.", union.FirstAstNode));
        }

        foreach (var duplicate in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
        {
            errors.Add(Error($"Union type {union.Name} can only include type {duplicate.Key} once.", union.AstNodes.SelectMany(MemberNodes).Where(m => m.Name.Value == duplicate.Key).Skip(1).FirstOrDefault()));
        }

        static IEnumerable<NamedTypeNode> MemberNodes(SyntaxNode node) => node switch
        {
            UnionTypeDefinitionNode d => d.Types,
            UnionTypeExtensionNode e => e.Types,
            _ => [],
        };
    }

    private static void ValidateEnum(EnumType @enum, List<GraphQLError> errors)
    {
        if (@enum.Values.Count == 0)
        {
            errors.Add(Error($"Enum type {@enum.Name} must define one or more values.", @enum.FirstAstNode));
        }

        foreach (var value in @enum.Values.Values)
        {
            ValidateName(value.Name, null, errors);
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<GraphQLError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(Error($"Input Object type {input.Name} must define one or more fields.", input.FirstAstNode));
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add(Error($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type));
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                errors.Add(Error($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.AstNode));
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add(Error($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type));
                }

                if (field.DefaultValue is not null)
                {
                    errors.Add(Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode));
                }
            }
        }
    }

    internal static GraphQLError Error(string message, params SyntaxNode?[] nodes) => SchemaBuilder.Error(message, nodes);
}
