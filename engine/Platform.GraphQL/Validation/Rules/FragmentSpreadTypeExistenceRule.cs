using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each named spread namedSpread in the document: Let fragment be the target of namedSpread. The target type of fragment must be defined in the schema."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
/// <remarks>As graphql-js's KnownTypeNamesRule, every named type reference is checked: type conditions and variable types alike.</remarks>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is NamedTypeNode named && context.Schema.GetType(named.Name.Value) is null)
        {
            var suggestions = Suggestions.For(named.Name.Value, context.Schema.Types.Keys);
            context.Report($"Unknown type \"{named.Name.Value}\".{Suggestions.DidYouMean(suggestions)}", named);
        }
    }
}
