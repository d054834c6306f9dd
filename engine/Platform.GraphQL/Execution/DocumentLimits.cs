using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Execution;

/// <summary>Static limits on an operation's shape: field depth and field count, fragments expanded.</summary>
public static class DocumentLimits
{
    /// <summary>The errors for every operation of <paramref name="document"/> over a limit.</summary>
    public static IReadOnlyList<GraphQLError> Check(DocumentNode document, RequestLimits limits)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            var measure = new Measure(fragments, limits);
            measure.Visit(operation.SelectionSet, 1, []);
            var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "The operation";
            if (measure.Depth > limits.MaxDepth)
            {
                // The walk stops descending past the limit, so the exact depth is not known, only that it is too deep.
                errors.Add(Error($"{name} is nested deeper than the limit of {limits.MaxDepth} fields.", operation));
            }

            if (measure.Fields > limits.MaxFields)
            {
                errors.Add(Error($"{name} selects {(measure.Stopped ? "more than " + limits.MaxFields : measure.Fields.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields; the limit is {limits.MaxFields}.", operation));
            }
        }

        return errors;
    }

    private static GraphQLError Error(string message, SyntaxNode node) =>
        new(message)
        {
            Locations = Executor.Locate(node),
            Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed },
        };

    // Walks selection sets, expanding fragments (each cycle-free path once); stops counting past the limits.
    private sealed class Measure(Dictionary<string, FragmentDefinitionNode> fragments, RequestLimits limits)
    {
        public int Depth { get; private set; }

        public int Fields { get; private set; }

        public bool Stopped { get; private set; }

        public void Visit(SelectionSetNode selectionSet, int depth, HashSet<string> path)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (Stopped)
                {
                    return;
                }

                switch (selection)
                {
                    case FieldNode field:
                        Fields++;
                        Depth = Math.Max(Depth, depth);
                        if (Fields > limits.MaxFields || depth > limits.MaxDepth)
                        {
                            Stopped = Fields > limits.MaxFields;
                            if (Stopped)
                            {
                                return;
                            }
                        }

                        if (field.SelectionSet is { } nested && depth <= limits.MaxDepth)
                        {
                            Visit(nested, depth + 1, path);
                        }

                        break;
                    case InlineFragmentNode inline:
                        Visit(inline.SelectionSet, depth, path);
                        break;
                    case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && path.Add(spread.Name.Value):
                        Visit(fragment.SelectionSet, depth, path);
                        path.Remove(spread.Name.Value);
                        break;
                }
            }
        }
    }
}
