using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each Field or Directive in the document: Let arguments be the arguments provided by the Field or Directive. Let argumentDefinitions be the set of argument definitions of that Field or Directive. For each argumentDefinition in argumentDefinitions: … If argumentType is Non-Null and a default value is not defined: The argument named argumentName must be present in arguments. Let value be the value of that argument. value must not be the null literal."
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    /// <inheritdoc />
    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                foreach (var argument in definition.Arguments.Where(a => a.IsRequired && field.Arguments.All(n => n.Name.Value != a.Name)))
                {
                    context.Report($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                }

                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } directiveDefinition:
                foreach (var argument in directiveDefinition.Arguments.Where(a => a.IsRequired && directive.Arguments.All(n => n.Name.Value != a.Name)))
                {
                    context.Report($"Directive \"@{directive.Name.Value}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", directive);
                }

                break;
        }
    }
}
