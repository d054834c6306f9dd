using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>What rules see: the schema, the document, the type information, and where to report.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _errors = errors;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The type information at the current node.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>Reports an error at the given nodes.</summary>
    public void Report(string message, params SyntaxNode?[] nodes) =>
        _errors.Add(new GraphQLError(message)
        {
            Locations = nodes.Where(n => n?.Location is not null).Select(n => new SourceLocation(n!.Location!.Value.Line, n.Location.Value.Column)).ToList(),
            Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed },
        });

    /// <summary>A fragment definition by name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly inside a selection set (in nested fields and inline fragments too, not in spread fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } nested }:
                        pending.Push(nested);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return _spreads[selectionSet] = spreads;
    }

    /// <summary>Every fragment an operation (or fragment) uses, transitively.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(SelectionSetNode selectionSet)
    {
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                if (collected.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        return fragments;
    }
}
