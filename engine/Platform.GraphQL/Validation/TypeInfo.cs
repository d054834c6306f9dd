using Platform.GraphQL.Introspection;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema element each node refers to (graphql-js
/// <c>TypeInfo</c>): the parent composite type, the field, the expected input type, the argument,
/// the directive.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly Stack<GraphQLType?> _types = new();
    private readonly Stack<NamedType?> _parentTypes = new();
    private readonly Stack<GraphQLType?> _inputTypes = new();
    private readonly Stack<FieldDefinition?> _fields = new();
    private readonly Stack<ValueNode?> _defaultValues = new();

    /// <summary>The output type at this point.</summary>
    public GraphQLType? Type => _types.Count > 0 ? _types.Peek() : null;

    /// <summary>The composite type whose selection set this is.</summary>
    public NamedType? ParentType => _parentTypes.Count > 0 ? _parentTypes.Peek() : null;

    /// <summary>The input type a value here must have.</summary>
    public GraphQLType? InputType => _inputTypes.Count > 0 ? _inputTypes.Peek() : null;

    /// <summary>The input type one level up (the list or input object containing this value).</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes.ElementAt(1) : null;

    /// <summary>The field being visited.</summary>
    public FieldDefinition? FieldDefinition => _fields.Count > 0 ? _fields.Peek() : null;

    /// <summary>The default value in effect for the value being visited.</summary>
    public ValueNode? DefaultValue => _defaultValues.Count > 0 ? _defaultValues.Peek() : null;

    /// <summary>The directive being visited.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being visited.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The schema.</summary>
    public Schema Schema { get; } = schema;

    /// <summary>Updates the state on entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Push(Type?.Named is { } named && IsComposite(named) ? named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? FieldDefinitionOf(parent, field.Name.Value) : null;
                _fields.Push(definition);
                _types.Push(definition?.Type);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Push(Schema.RootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _types.Push(inline.TypeCondition is { } condition ? Schema.GetType(condition.Name.Value) : Type?.Named);
                break;
            case FragmentDefinitionNode fragment:
                _types.Push(Schema.GetType(fragment.TypeCondition.Name.Value));
                break;
            case VariableDefinitionNode variable:
                _inputTypes.Push(TypeFromAst(variable.Type) is { IsInputType: true } input ? input : null);
                break;
            case ArgumentNode argument:
                var argumentDefinition = (Directive?.Arguments ?? FieldDefinition?.Arguments)?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argumentDefinition;
                _defaultValues.Push(argumentDefinition?.DefaultValue);
                _inputTypes.Push(argumentDefinition?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var itemType = Unwrap(InputType) is ListType list ? list.OfType : InputType is NonNullType { OfType: ListType nonNullList } ? nonNullList.OfType : null;
                _defaultValues.Push(null);
                _inputTypes.Push(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var fieldDefinition = InputType?.Named is InputObjectType input2 ? input2.Fields.GetValueOrDefault(objectField.Name.Value) : null;
                _defaultValues.Push(fieldDefinition?.DefaultValue);
                _inputTypes.Push(fieldDefinition?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
        }
    }

    /// <summary>Restores the state on leaving <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Pop();
                break;
            case FieldNode:
                _fields.Pop();
                _types.Pop();
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                _types.Pop();
                break;
            case VariableDefinitionNode:
                _inputTypes.Pop();
                break;
            case ArgumentNode:
                Argument = null;
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
            case ListValueNode or ObjectFieldNode:
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
        }
    }

    /// <summary>The schema type a type reference names, or null.</summary>
    public GraphQLType? TypeFromAst(TypeNode node) => Execution.Executor.TypeFromAst(Schema, node);

    /// <summary>The field <paramref name="name"/> of a composite type, the meta-fields included.</summary>
    public FieldDefinition? FieldDefinitionOf(NamedType parent, string name) => name switch
    {
        "__typename" => IntrospectionTypes.TypeNameMetaField,
        "__schema" when ReferenceEquals(parent, Schema.Query) => IntrospectionTypes.SchemaMetaField,
        "__type" when ReferenceEquals(parent, Schema.Query) => IntrospectionTypes.TypeMetaField,
        _ => (parent as IFieldsType)?.Fields.GetValueOrDefault(name),
    };

    /// <summary>Whether a type has selectable fields.</summary>
    public static bool IsComposite(NamedType type) => type is ObjectType or InterfaceType or UnionType;

    private static GraphQLType? Unwrap(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;
}
