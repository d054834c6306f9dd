using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "Let operations be all operation definitions in the document. Let anonymous be all anonymous operation definitions in the document. If operations is a set of more than 1: anonymous must be empty."
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount = -1;

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                break;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                context.Report("This anonymous operation must be the only defined operation.", operation);
                break;
        }
    }
}
