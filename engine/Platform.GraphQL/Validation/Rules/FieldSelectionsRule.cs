using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each selection in the document: Let fieldName be the target field of selection. fieldName must be defined on type in scope."
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
public sealed class FieldSelectionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.ParentType is not { } parent || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var name = field.Name.Value;
        // Suggest inline fragments on types that have the field first (graphql-js getSuggestedTypeNames), then similar field names.
        var typeSuggestions = parent is InterfaceType or UnionType ? SuggestedTypes(context.Schema, parent, name) : [];
        var suffix = typeSuggestions.Count > 0
            ? Suggestions.DidYouMean(typeSuggestions, "to use an inline fragment on")
            : Suggestions.DidYouMean(parent is IFieldsType fields ? Suggestions.For(name, fields.Fields.Keys) : []);
        context.Report($"Cannot query field \"{name}\" on type \"{parent.Name}\".{suffix}", field);
    }

    // graphql-js getSuggestedTypeNames: the interfaces and object types that have the field,
    // most used interfaces first, supertypes before subtypes, then by name.
    private static List<string> SuggestedTypes(Schema schema, NamedType parent, string fieldName)
    {
        var objects = schema.GetPossibleTypes(parent).Where(t => t.Fields.ContainsKey(fieldName)).ToList();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var @object in objects)
        {
            foreach (var @interface in @object.Interfaces.Where(i => i.Fields.ContainsKey(fieldName)))
            {
                usage[@interface.Name] = usage.GetValueOrDefault(@interface.Name) + 1;
            }
        }

        var interfaces = usage.Keys.Select(n => (NamedType)schema.GetType(n)!).ToList();
        var candidates = interfaces.Concat(objects).ToList();
        candidates.Sort((a, b) =>
        {
            var byUsage = usage.GetValueOrDefault(b.Name) - usage.GetValueOrDefault(a.Name);
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return string.CompareOrdinal(a.Name, b.Name);
        });
        return candidates.Select(c => c.Name).ToList();
    }
}
