using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each fragment defined in the document: fragment must be the target of at least one spread in the document."
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    /// <inheritdoc />
    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        var used = document.Definitions.OfType<OperationDefinitionNode>()
            .SelectMany(o => context.GetRecursivelyReferencedFragments(o.SelectionSet))
            .Select(f => f.Name.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>().Where(f => !used.Contains(f.Name.Value)))
        {
            context.Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
