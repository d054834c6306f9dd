using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition be the directive named directiveName. directiveDefinition must exist."
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// </summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is DirectiveNode directive && context.Schema.GetDirective(directive.Name.Value) is null)
        {
            context.Report($"Unknown directive \"@{directive.Name.Value}\".", directive);
        }
    }
}
