using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each argument in the Document: Let argumentName be the Name of argument. Let arguments be all Arguments named argumentName in the Argument Set which contains argument. arguments must be the set containing only argument."
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        foreach (var group in (arguments ?? []).GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            context.Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => (SyntaxNode)a.Name)]);
        }
    }
}
