using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every operation in a document: For every variable on each operation: Let variableType be the type of variable. IsInputType(variableType) must be true."
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is VariableDefinitionNode variable && context.TypeInfo.TypeFromAst(variable.Type) is { IsInputType: false })
        {
            context.Report($"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{SyntaxPrinter.Print(variable.Type)}\".", variable.Type);
        }
    }
}
