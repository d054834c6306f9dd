using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Language;

/// <content>Values, directives and type references (spec § 2.9–2.12).</content>
public sealed partial class Parser
{
    // Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(token.Value!) { Location = TokenLocation(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(token.Value!) { Location = TokenLocation(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = TokenLocation(token) },
                    "false" => new BooleanValueNode(false) { Location = TokenLocation(token) },
                    "null" => new NullValueNode { Location = TokenLocation(token) },
                    _ => new EnumValueNode(token.Value!) { Location = TokenLocation(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(_lexer.Token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = TokenLocation(token) };
    }

    // ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        using var depth = Nest();
        var start = _lexer.Token;
        return new ListValueNode(Any(TokenKind.BracketLeft, () => ParseValueLiteral(isConst), TokenKind.BracketRight)) { Location = LocationFrom(start) };
    }

    // ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        using var depth = Nest();
        var start = _lexer.Token;
        return new ObjectValueNode(Any(TokenKind.BraceLeft, () => ParseObjectField(isConst), TokenKind.BraceRight)) { Location = LocationFrom(start) };
    }

    // ObjectField[Const] : Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = LocationFrom(start) };
    }

    // Directives[Const] : Directive[?Const]+
    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    // Directive[Const] : @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        return new DirectiveNode(name, ParseArguments(isConst)) { Location = LocationFrom(start) };
    }

    // Type : NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketLeft))
        {
            using var depth = Nest();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            type = new ListTypeNode(inner) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = LocationFrom(start) } : type;
    }

    // NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode(ParseName()) { Location = LocationFrom(start) };
    }

    private static Location TokenLocation(Token token) => new(token.Start, token.End, token.Line, token.Column);
}
