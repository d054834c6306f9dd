using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Language;

/// <content>Operations, selections and fragments (spec § 2.3–2.8).</content>
public sealed partial class Parser
{
    // OperationDefinition : SelectionSet | OperationType Name? VariablesDefinition? Directives? SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceLeft))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet) { Location = LocationFrom(start) };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode(operation, name, ParseVariableDefinitions(), ParseDirectives(isConst: false), ParseSelectionSet()) { Location = LocationFrom(start) };
    }

    // OperationType : one of query mutation subscription
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    // VariablesDefinition : ( VariableDefinition+ )
    private List<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, ParseVariableDefinition, TokenKind.ParenRight);

    // VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode(variable, type, defaultValue, ParseDirectives(isConst: true)) { Location = LocationFrom(start) };
    }

    // Variable : $ Name
    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = LocationFrom(start) };
    }

    // SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        using var depth = Nest();
        var start = _lexer.Token;
        return new SelectionSetNode(Many(TokenKind.BraceLeft, ParseSelection, TokenKind.BraceRight)) { Location = LocationFrom(start) };
    }

    // Selection : Field | FragmentSpread | InlineFragment
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
    }

    // Arguments[Const] : ( Argument[?Const]+ )
    private List<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenLeft, () => ParseArgument(isConst), TokenKind.ParenRight);

    // Argument[Const] : Name : Value[?Const]
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst)) { Location = LocationFrom(start) };
    }

    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false)) { Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        return new InlineFragmentNode(typeCondition, ParseDirectives(isConst: false), ParseSelectionSet()) { Location = LocationFrom(start) };
    }

    // FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinitionNode(name, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet()) { Location = LocationFrom(start) };
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName() =>
        _lexer.Token.Value == "on" ? throw Unexpected() : ParseName();
}
