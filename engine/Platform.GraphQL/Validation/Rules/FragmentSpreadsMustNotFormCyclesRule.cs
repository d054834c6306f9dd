using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each fragmentDefinition in the document: Let visited be the empty set. DetectFragmentCycles(fragmentDefinition, visited)."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
/// </summary>
/// <remarks>Each cycle is reported once, from the first fragment on it (graphql-js's depth-first search with a visited set).</remarks>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            Detect(fragment, context);
        }
    }

    private void Detect(FragmentDefinitionNode fragment, ValidationContext context)
    {
        if (!_visited.Add(fragment.Name.Value))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[fragment.Name.Value] = _path.Count;
        foreach (var spread in spreads)
        {
            var name = spread.Name.Value;
            _path.Add(spread);
            if (!_pathIndex.TryGetValue(name, out var cycleStart))
            {
                if (context.GetFragment(name) is { } target)
                {
                    Detect(target, context);
                }
            }
            else
            {
                var cycle = _path.Skip(cycleStart).ToList();
                var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                context.Report($"Cannot spread fragment \"{name}\" within itself{(via.Length > 0 ? $" via {via}" : "")}.", [.. cycle]);
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndex.Remove(fragment.Name.Value);
    }
}
