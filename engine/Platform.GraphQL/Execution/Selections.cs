using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Execution;

/// <summary>Reads selection sets ahead of execution.</summary>
internal static class Selections
{
    /// <summary>
    /// The names of the fields selected below <paramref name="nodes"/> along <paramref name="path"/>, through
    /// fragments whatever their type condition and directives (a superset of what executes: safe for reading columns).
    /// </summary>
    public static IReadOnlySet<string> FieldNames(ExecutionContext execution, IReadOnlyList<FieldNode> nodes, ReadOnlySpan<string> path)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var sets = new List<SelectionSetNode>();
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        foreach (var step in path)
        {
            var next = new List<SelectionSetNode>();
            visited.Clear();
            foreach (var set in sets)
            {
                VisitFields(execution, set, visited, field =>
                {
                    if (field.Name.Value == step && field.SelectionSet is { } inner)
                    {
                        next.Add(inner);
                    }
                });
            }

            sets = next;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        visited.Clear();
        foreach (var set in sets)
        {
            VisitFields(execution, set, visited, field => names.Add(field.Name.Value));
        }

        return names;
    }

    private static void VisitFields(ExecutionContext execution, SelectionSetNode selectionSet, HashSet<string> visited, Action<FieldNode> visit)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    visit(field);
                    break;
                case InlineFragmentNode inline:
                    VisitFields(execution, inline.SelectionSet, visited, visit);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && execution.Fragments.TryGetValue(spread.Name.Value, out var fragment):
                    VisitFields(execution, fragment.SelectionSet, visited, visit);
                    break;
            }
        }
    }
}
