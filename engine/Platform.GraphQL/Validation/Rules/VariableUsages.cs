using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>A variable used somewhere in an operation (or in a fragment it uses), with the input type expected there.</summary>
/// <param name="Node">The variable.</param>
/// <param name="Type">The input type expected at that position, if known.</param>
/// <param name="DefaultValue">The default value in effect at that position (an argument's or input field's).</param>
/// <param name="ParentInputType">The input type holding that position (the input object of a field's value), if any.</param>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentInputType);

/// <summary>
/// Collects variable usages per operation as the walk passes them (graphql-js <c>getRecursiveVariableUsages</c>):
/// usages inside fragments are attributed to every operation that spreads them.
/// </summary>
internal sealed class VariableUsages
{
    private readonly Dictionary<string, List<VariableUsage>> _byFragment = new(StringComparer.Ordinal);
    private readonly List<(OperationDefinitionNode Operation, List<VariableUsage> Usages)> _operations = [];
    private List<VariableUsage> _current = [];
    private bool _inVariableDefinition;

    public void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _current = [];
                _operations.Add((operation, _current));
                break;
            case VariableDefinitionNode:
                _inVariableDefinition = true; // the $name being defined is not a usage
                break;
            case FragmentDefinitionNode fragment:
                _current = _byFragment[fragment.Name.Value] = [];
                break;
            case VariableNode variable when !_inVariableDefinition && context.TypeInfo.InputType is var inputType:
                _current.Add(new VariableUsage(variable, inputType, context.TypeInfo.DefaultValue, context.TypeInfo.ParentInputType));
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        if (node is VariableDefinitionNode)
        {
            _inVariableDefinition = false;
        }
    }

    /// <summary>Every operation with all its usages: its own and those of the fragments it spreads. Call at the end of the document.</summary>
    public IEnumerable<(OperationDefinitionNode Operation, IReadOnlyList<VariableUsage> Usages)> Operations(ValidationContext context) =>
        _operations.Select(o => (o.Operation, (IReadOnlyList<VariableUsage>)[.. o.Usages, .. context.GetRecursivelyReferencedFragments(o.Operation.SelectionSet).SelectMany(f => _byFragment.GetValueOrDefault(f.Name.Value) ?? [])]));
}
