using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each argument in the document: Let argumentName be the Name of argument. Let argumentDefinition be the argument definition provided by the parent field or definition named argumentName. argumentDefinition must exist."
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not ArgumentNode argument || context.TypeInfo.Argument is not null)
        {
            return;
        }

        var name = argument.Name.Value;
        if (context.TypeInfo.Directive is { } directive)
        {
            context.Report($"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{Suggestions.DidYouMean(Suggestions.For(name, directive.Arguments.Select(a => a.Name)))}", argument);
        }
        else if (context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parent)
        {
            context.Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\".{Suggestions.DidYouMean(Suggestions.For(name, field.Arguments.Select(a => a.Name)))}", argument);
        }
    }
}
