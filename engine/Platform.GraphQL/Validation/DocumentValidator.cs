using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec § 5): every rule runs in one walk of
/// the document, multiplexed (graphql-js <c>visitInParallel</c>), and validation stops after
/// <c>maxErrors</c> errors.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The errors of <paramref name="document"/>; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<Func<ValidationRule>>? rules = null, int maxErrors = 100)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors);
        var instances = (rules ?? SpecifiedRules.All).Select(create => create()).ToArray();
        try
        {
            Walk(document, typeInfo, context, instances, errors, maxErrors);
        }
        catch (TooManyErrors)
        {
            errors.RemoveRange(maxErrors, errors.Count - maxErrors);
            errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.") { Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed } });
        }

        return errors;
    }

    // Depth-first walk; the parser bounds nesting, so recursion depth is bounded too.
    private static void Walk(SyntaxNode node, TypeInfo typeInfo, ValidationContext context, ValidationRule[] rules, List<GraphQLError> errors, int maxErrors)
    {
        typeInfo.Enter(node);
        foreach (var rule in rules)
        {
            rule.Enter(node, context);
        }

        if (errors.Count > maxErrors)
        {
            throw new TooManyErrors();
        }

        foreach (var child in Children(node))
        {
            Walk(child, typeInfo, context, rules, errors, maxErrors);
        }

        foreach (var rule in rules)
        {
            rule.Leave(node, context);
        }

        typeInfo.Leave(node);
    }

    /// <summary>The child nodes of <paramref name="node"/>, in source order.</summary>
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        DocumentNode n => n.Definitions,
        OperationDefinitionNode n => [.. n.VariableDefinitions, .. n.Directives, n.SelectionSet],
        VariableDefinitionNode n => n.DefaultValue is null ? [n.Variable, n.Type, .. n.Directives] : [n.Variable, n.Type, n.DefaultValue, .. n.Directives],
        SelectionSetNode n => n.Selections,
        FieldNode n => n.SelectionSet is null ? [.. n.Arguments, .. n.Directives] : [.. n.Arguments, .. n.Directives, n.SelectionSet],
        ArgumentNode n => [n.Value],
        FragmentSpreadNode n => n.Directives,
        InlineFragmentNode n => n.TypeCondition is null ? [.. n.Directives, n.SelectionSet] : [n.TypeCondition, .. n.Directives, n.SelectionSet],
        FragmentDefinitionNode n => [n.TypeCondition, .. n.Directives, n.SelectionSet],
        ListValueNode n => n.Values,
        ObjectValueNode n => n.Fields,
        ObjectFieldNode n => [n.Value],
        DirectiveNode n => n.Arguments,
        ListTypeNode n => [n.Type],
        NonNullTypeNode n => [n.Type],

        // Type system definitions: only their directives and members, so directive rules can check SDL too.
        SchemaDefinitionNode n => n.Directives,
        SchemaExtensionNode n => n.Directives,
        ScalarTypeDefinitionNode n => n.Directives,
        ScalarTypeExtensionNode n => n.Directives,
        ObjectTypeDefinitionNode n => [.. n.Directives, .. n.Fields],
        ObjectTypeExtensionNode n => [.. n.Directives, .. n.Fields],
        InterfaceTypeDefinitionNode n => [.. n.Directives, .. n.Fields],
        InterfaceTypeExtensionNode n => [.. n.Directives, .. n.Fields],
        FieldDefinitionNode n => [.. n.Arguments, .. n.Directives],
        InputValueDefinitionNode n => n.Directives,
        UnionTypeDefinitionNode n => n.Directives,
        UnionTypeExtensionNode n => n.Directives,
        EnumTypeDefinitionNode n => [.. n.Directives, .. n.Values],
        EnumTypeExtensionNode n => [.. n.Directives, .. n.Values],
        EnumValueDefinitionNode n => n.Directives,
        InputObjectTypeDefinitionNode n => [.. n.Directives, .. n.Fields],
        InputObjectTypeExtensionNode n => [.. n.Directives, .. n.Fields],
        DirectiveDefinitionNode n => n.Arguments,
        _ => [],
    };

    private sealed class TooManyErrors : Exception;
}
