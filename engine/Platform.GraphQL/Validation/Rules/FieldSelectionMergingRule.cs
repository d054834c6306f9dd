using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each selection set set in the document: FieldsInSetCanMerge(set) must be true."
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
/// <remarks>
/// graphql-js's algorithm (cached field maps per selection set, compared fragment pairs,
/// mutual exclusivity of different object parents), plus one step against quadratic blow-up:
/// fields that print identically cannot conflict with each other, so each group of identical
/// fields is compared once, and fragments that print identically are not compared with each other —
/// <c>{ a a a … }</c> and repeated fragments stay linear. (Unlike graphql-js, a conflict inside such
/// fragments is then reported once per fragment, not again for each pair of them.)
/// </remarks>
public sealed partial class FieldSelectionMergingRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, (FieldMap Fields, List<string> Fragments)> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly PairSet _comparedFragments = new();
    private readonly Dictionary<FieldNode, string> _printed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FragmentDefinitionNode, int> _fragmentContent = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _contentIds = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not SelectionSetNode selectionSet)
        {
            return;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(context, context.TypeInfo.ParentType, selectionSet))
        {
            context.Report($"Fields \"{conflict.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.", [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private List<Conflict> FindConflictsWithinSelectionSet(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fields, fragments) = GetFieldsAndFragmentNames(context, parentType, selectionSet);
        CollectConflictsWithin(context, conflicts, fields);
        var contentIds = fragments.Count < 2 ? [] : fragments.Select(name => context.GetFragment(name) is { } fragment ? ContentId(fragment) : -1).ToArray();
        for (var i = 0; i < fragments.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, false, fields, fragments[i]);
            for (var j = i + 1; j < fragments.Count; j++)
            {
                if (contentIds[i] != contentIds[j] || contentIds[i] < 0)
                {
                    CollectConflictsBetweenFragments(context, conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(ValidationContext context, List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fields, string fragmentName)
    {
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fields2, referenced) = GetReferencedFieldsAndFragmentNames(context, fragment);
        if (ReferenceEquals(fields, fields2))
        {
            return;
        }

        CollectConflictsBetween(context, conflicts, mutuallyExclusive, fields, fields2);
        foreach (var name in referenced)
        {
            if (_comparedFragments.Has(name, fragmentName, mutuallyExclusive))
            {
                continue;
            }

            _comparedFragments.Add(name, fragmentName, mutuallyExclusive);
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, mutuallyExclusive, fields, name);
        }
    }

    private void CollectConflictsBetweenFragments(ValidationContext context, List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        // Two fragments that print the same compare like one fragment with itself: every conflict
        // between them lies inside each, where it is reported when that fragment is visited.
        if (ContentId(fragment1) == ContentId(fragment2) || _comparedFragments.Has(name1, name2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragments.Add(name1, name2, mutuallyExclusive);

        var (fields1, referenced1) = GetReferencedFieldsAndFragmentNames(context, fragment1);
        var (fields2, referenced2) = GetReferencedFieldsAndFragmentNames(context, fragment2);
        CollectConflictsBetween(context, conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var referenced in referenced2)
        {
            CollectConflictsBetweenFragments(context, conflicts, mutuallyExclusive, name1, referenced);
        }

        foreach (var referenced in referenced1)
        {
            CollectConflictsBetweenFragments(context, conflicts, mutuallyExclusive, referenced, name2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(ValidationContext context, bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fields1, fragments1) = GetFieldsAndFragmentNames(context, parentType1, selectionSet1);
        var (fields2, fragments2) = GetFieldsAndFragmentNames(context, parentType2, selectionSet2);
        CollectConflictsBetween(context, conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragment in fragments2)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, mutuallyExclusive, fields1, fragment);
        }

        foreach (var fragment in fragments1)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, mutuallyExclusive, fields2, fragment);
        }

        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                CollectConflictsBetweenFragments(context, conflicts, mutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(ValidationContext context, List<Conflict> conflicts, FieldMap fields)
    {
        foreach (var (responseName, all) in fields)
        {
            var distinct = Distinct(all);
            for (var i = 0; i < distinct.Count; i++)
            {
                for (var j = i + 1; j < distinct.Count; j++)
                {
                    if (FindConflict(context, false, responseName, distinct[i], distinct[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(ValidationContext context, List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fields1, FieldMap fields2)
    {
        foreach (var (responseName, first) in fields1)
        {
            if (!fields2.TryGetValue(responseName, out var second))
            {
                continue;
            }

            foreach (var field1 in Distinct(first))
            {
                foreach (var field2 in Distinct(second))
                {
                    if (IsSameField(field1, field2))
                    {
                        continue; // identical fields (from two fragments, say) cannot conflict
                    }

                    if (FindConflict(context, mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // One representative per group of fields that are the same in every respect (parent, definition, print).
    private List<FieldAndDefinition> Distinct(List<FieldAndDefinition> fields)
    {
        if (fields.Count < 2)
        {
            return fields;
        }

        var seen = new HashSet<(NamedType?, FieldDefinition?, string)>();
        var result = new List<FieldAndDefinition>();
        foreach (var field in fields)
        {
            if (seen.Add((field.ParentType, field.Definition, Printed(field.Node))))
            {
                result.Add(field);
            }
        }

        return result;
    }

    private bool IsSameField(FieldAndDefinition field1, FieldAndDefinition field2) =>
        ReferenceEquals(field1.Node, field2.Node)
        || (ReferenceEquals(field1.ParentType, field2.ParentType) && ReferenceEquals(field1.Definition, field2.Definition) && string.Equals(Printed(field1.Node), Printed(field2.Node), StringComparison.Ordinal));

    // Fragments with the same type condition and the same printed selections share one id.
    private int ContentId(FragmentDefinitionNode fragment)
    {
        if (!_fragmentContent.TryGetValue(fragment, out var id))
        {
            var content = fragment.TypeCondition.Name.Value + " " + SyntaxPrinter.Print(fragment.SelectionSet);
            if (!_contentIds.TryGetValue(content, out id))
            {
                _contentIds[content] = id = _contentIds.Count;
            }

            _fragmentContent[fragment] = id;
        }

        return id;
    }

    // Each field's printed form, once: equal prints mean equal name, alias, arguments, directives and sub-selections.
    private string Printed(FieldNode node)
    {
        if (!_printed.TryGetValue(node, out var printed))
        {
            _printed[node] = printed = SyntaxPrinter.Print(node);
        }

        return printed;
    }
}
