using System.Globalization;
using System.Text;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Language;

/// <summary>
/// Prints syntax trees as graphql-js 16's <c>print</c> does: the output re-parses to an equal
/// tree, and the layout (argument wrapping at 80 columns, blocks, descriptions) matches.
/// </summary>
public static class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Optional(n.DefaultValue)) + Wrap(" ", Directives(n.Directives)),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Directives(n.Directives)),
        InlineFragmentNode n => Join(["...", Wrap("on ", Optional(n.TypeCondition)), Directives(n.Directives), Optional(n.SelectionSet)], " "),
        FragmentDefinitionNode n => $"fragment {n.Name.Value} on {Optional(n.TypeCondition)} {Wrap("", Directives(n.Directives), " ")}{Optional(n.SelectionSet)}",
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockStrings.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        SchemaDefinitionNode n => Description(n.Description) + Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => Operation(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Description(n.Description) + Join(["scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Description(n.Description) + Join(["type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        FieldDefinitionNode n => Description(n.Description) + n.Name.Value + ArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Directives(n.Directives)),
        InputValueDefinitionNode n => Description(n.Description) + Join([n.Name.Value + ": " + Print(n.Type), Wrap("= ", Optional(n.DefaultValue)), Directives(n.Directives)], " "),
        InterfaceTypeDefinitionNode n => Description(n.Description) + Join(["interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeDefinitionNode n => Description(n.Description) + Join(["union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode n => Description(n.Description) + Join(["enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        EnumValueDefinitionNode n => Description(n.Description) + Join([n.Name.Value, Directives(n.Directives)], " "),
        InputObjectTypeDefinitionNode n => Description(n.Description) + Join(["input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        DirectiveDefinitionNode n => Description(n.Description) + "directive @" + n.Name.Value + ArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : "") + " on " + Join(n.Locations.Select(Print), " | "),
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(["extend type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode n => Join(["extend interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>A string as a quoted GraphQL string (graphql-js <c>printString</c>): control characters escaped, the rest literal.</summary>
    public static string PrintString(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    result.Append("\\\"");
                    break;
                case '\\':
                    result.Append("\\\\");
                    break;
                case '\b':
                    result.Append("\\b");
                    break;
                case '\f':
                    result.Append("\\f");
                    break;
                case '\n':
                    result.Append("\\n");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.Append('"').ToString();
    }

    private static string Optional(SyntaxNode? node) => node is null ? "" : Print(node);

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var variables = Wrap("(", Join(n.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join([Operation(n.Operation), Join([Optional(n.Name), variables], ""), Directives(n.Directives)], " ");
        return (prefix == "query" ? "" : prefix + " ") + Optional(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap("", Optional(n.Alias), ": ") + n.Name.Value;
        var arguments = n.Arguments.Select(Print).ToList();
        var line = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([line, Directives(n.Directives), Optional(n.SelectionSet)], " ");
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Operation(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Description(StringValueNode? description) => Wrap("", Optional(description), "\n");

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces.Select(Print), " & "));

    private static string Join(IEnumerable<string> parts, string separator) => string.Join(separator, parts.Where(p => p.Length > 0));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string value, string end = "") => value.Length > 0 ? start + value + end : "";

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
