using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for executable documents and the type system language (spec § 2,
/// § 3), laid out like graphql-js's: one method per grammar production, each named after it.
/// Syntax errors are <see cref="GraphQLSyntaxException"/>s worded as graphql-js 16 words them.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses a document.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document.</exception>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a document.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document.</exception>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal (variables allowed), e.g. a default value.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal.</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    // Document : Definition+
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile);
        return new DocumentNode(definitions) { Location = LocationFrom(start) };
    }

    // Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(_lexer.Token.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // Name :: /[_A-Za-z][_0-9A-Za-z]*/
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = new Location(token.Start, token.End, token.Line, token.Column) };
    }

    private Location LocationFrom(Token start) => new(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw _lexer.Error(token.Start, $"Expected {Token.Describe(kind)}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }

        throw _lexer.Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_lexer.Token.Kind != TokenKind.Name || _lexer.Token.Value != value)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private GraphQLSyntaxException Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        return _lexer.Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (_options.MaxTokens is { } max && token.Kind != TokenKind.EndOfFile && ++_tokenCount > max)
        {
            throw _lexer.Error(token.Start, $"Document contains more than {max} tokens. Parsing aborted.");
        }
    }

    // Nesting guard for the recursive productions.
    private DepthScope Nest()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(_lexer.Token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }

        return new DepthScope(this);
    }

    // Zero or more items between open and close, which must be present.
    private List<T> Any<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parse());
        }

        return nodes;
    }

    // One or more items between open and close, when open is present; else none.
    private List<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return [];
        }

        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    // One or more items between open and close, which must be present.
    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    // One or more items separated by a delimiter, which may also lead.
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private readonly struct DepthScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }
}
