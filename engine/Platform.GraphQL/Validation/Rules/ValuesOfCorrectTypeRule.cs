using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each input Value value in the document: Let type be the type expected in the position value is found. value must be coercible to type."
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// </summary>
/// <remarks>
/// As in graphql-js, this rule also checks input object field names (§ 5.6.2 "Input Object Field Names"),
/// required input fields (§ 5.6.4) and OneOf input objects.
/// </remarks>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private SyntaxNode? _skipping;

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (_skipping is not null)
        {
            return;
        }

        var typeInfo = context.TypeInfo;
        switch (node)
        {
            case ListValueNode list when (typeInfo.ParentInputType is NonNullType n ? n.OfType : typeInfo.ParentInputType) is not ListType:
                CheckLeaf(list, context);
                _skipping = list;
                break;
            case ObjectValueNode value when typeInfo.InputType?.Named is not InputObjectType:
                CheckLeaf(value, context);
                _skipping = value;
                break;
            case ObjectValueNode value when typeInfo.InputType!.Named is InputObjectType input:
                var given = value.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var field in input.Fields.Values.Where(f => f.IsRequired && !given.Contains(f.Name)))
                {
                    context.Report($"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", value);
                }

                if (input.IsOneOf)
                {
                    CheckOneOf(value, input, context);
                }

                break;
            case ObjectFieldNode field when typeInfo.InputType is null && typeInfo.ParentInputType?.Named is InputObjectType parent:
                context.Report($"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\".{Suggestions.DidYouMean(Suggestions.For(field.Name.Value, parent.Fields.Keys))}", field);
                break;
            case NullValueNode when typeInfo.InputType is NonNullType nonNull:
                context.Report($"Expected value of type \"{nonNull}\", found null.", node);
                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node, context);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (ReferenceEquals(node, _skipping))
        {
            _skipping = null;
        }
    }

    private static void CheckLeaf(ValueNode node, ValidationContext context)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var printed = SyntaxPrinter.Print(node);
        switch (locationType.Named)
        {
            case EnumType @enum when node is EnumValueNode enumValue:
                if (!@enum.Values.ContainsKey(enumValue.Value))
                {
                    context.Report($"Value \"{enumValue.Value}\" does not exist in \"{@enum.Name}\" enum.{Suggestions.DidYouMean(Suggestions.For(enumValue.Value, @enum.Values.Keys), "the enum value")}", node);
                }

                break;
            case EnumType @enum:
                context.Report($"Enum \"{@enum.Name}\" cannot represent non-enum value: {printed}.{Suggestions.DidYouMean(Suggestions.For(printed, @enum.Values.Keys), "the enum value")}", node);
                break;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (ScalarCoercionException exception)
                {
                    context.Report(exception.Message, node);
                }

                break;
            default:
                context.Report($"Expected value of type \"{locationType}\", found {printed}.", node);
                break;
        }
    }

    private static void CheckOneOf(ObjectValueNode value, InputObjectType input, ValidationContext context)
    {
        if (value.Fields.Count != 1)
        {
            context.Report($"OneOf Input Object \"{input.Name}\" must specify exactly one key.", value);
            return;
        }

        var field = value.Fields[0];
        if (field.Value is NullValueNode)
        {
            context.Report($"Field \"{input.Name}.{field.Name.Value}\" must be non-null.", value);
        }

        // A nullable variable as the one field is "All Variable Usages Are Allowed"'s to report.
    }
}
