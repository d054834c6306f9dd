using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <content>Comparing two fields, and the field maps of selection sets.</content>
public sealed partial class FieldSelectionMergingRule
{
    private Conflict? FindConflict(ValidationContext context, bool parentsMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        // Fields on different object types can never both apply, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (field1.ParentType is ObjectType && field2.ParentType is ObjectType && field1.ParentType.Name != field2.ParentType.Name);
        if (!mutuallyExclusive)
        {
            var name1 = field1.Node.Name.Value;
            var name2 = field2.Node.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{name1}\" and \"{name2}\" are different fields", [field1.Node], [field2.Node]);
            }

            if (!SameArguments(field1.Node, field2.Node))
            {
                return new Conflict(responseName, "they have differing arguments", [field1.Node], [field2.Node]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [field1.Node], [field2.Node]);
        }

        if (field1.Node.SelectionSet is { } set1 && field2.Node.SelectionSet is { } set2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(context, mutuallyExclusive, type1?.Named, set1, type2?.Named, set2);
            if (conflicts.Count > 0)
            {
                return new Conflict(
                    responseName,
                    conflicts.Select(c => (c.ResponseName, c.Reason)).ToList(),
                    [field1.Node, .. conflicts.SelectMany(c => c.Fields1)],
                    [field2.Node, .. conflicts.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    private static bool SameArguments(FieldNode node1, FieldNode node2) =>
        node1.Arguments.Count == node2.Arguments.Count
        && node1.Arguments.All(a => node2.Arguments.FirstOrDefault(b => b.Name.Value == a.Name.Value) is { } b && SyntaxPrinter.Print(a.Value) == SyntaxPrinter.Print(b.Value));

    // Two fields with the same response name must return compatible shapes (graphql-js doTypesConflict).
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2) => (type1, type2) switch
    {
        (ListType a, ListType b) => DoTypesConflict(a.OfType, b.OfType),
        (ListType, _) or (_, ListType) => true,
        (NonNullType a, NonNullType b) => DoTypesConflict(a.OfType, b.OfType),
        (NonNullType, _) or (_, NonNullType) => true,
        _ when type1 is ScalarType or EnumType || type2 is ScalarType or EnumType => !ReferenceEquals(type1, type2) && ((NamedType)type1).Name != ((NamedType)type2).Name,
        _ => false,
    };

    private (FieldMap Fields, List<string> Fragments) GetFieldsAndFragmentNames(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fields = new FieldMap();
        var fragments = new List<string>();
        CollectFieldsAndFragmentNames(context, parentType, selectionSet, fields, fragments);
        return _cache[selectionSet] = (fields, fragments);
    }

    private (FieldMap Fields, List<string> Fragments) GetReferencedFieldsAndFragmentNames(ValidationContext context, FragmentDefinitionNode fragment) =>
        _cache.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldsAndFragmentNames(context, context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private static void CollectFieldsAndFragmentNames(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, FieldMap fields, List<string> fragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is IFieldsType fieldsType ? fieldsType.Fields.GetValueOrDefault(field.Name.Value) : null;
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                    }

                    list.Add(new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragments.Contains(spread.Name.Value))
                    {
                        fragments.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsAndFragmentNames(context, type, inline.SelectionSet, fields, fragments);
                    break;
            }
        }
    }

    private static string ReasonMessage(object reason) => reason switch
    {
        List<(string ResponseName, object Reason)> subfields => string.Join(" and ", subfields.Select(s => $"subfields \"{s.ResponseName}\" conflict because {ReasonMessage(s.Reason)}")),
        _ => (string)reason,
    };

    private sealed class FieldMap : OrderedDictionary<string, List<FieldAndDefinition>>
    {
        public FieldMap()
            : base(StringComparer.Ordinal)
        {
        }
    }

    private sealed record FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record Conflict(string ResponseName, object Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    // Fragment pairs already compared, remembering whether under mutual exclusivity (graphql-js PairSet).
    private sealed class PairSet
    {
        private readonly Dictionary<(string, string), bool> _pairs = [];

        public bool Has(string a, string b, bool mutuallyExclusive) =>
            _pairs.TryGetValue(Key(a, b), out var recorded) && (mutuallyExclusive || !recorded);

        public void Add(string a, string b, bool mutuallyExclusive) => _pairs[Key(a, b)] = mutuallyExclusive;

        private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }
}
