using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates the type.</summary>
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The definition and extensions this type was built from.</summary>
    public IReadOnlyList<SyntaxNode> AstNodes { get; internal set; } = [];

    /// <summary>The directives applied to the type in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The definition (or first extension) node, for error locations.</summary>
    internal SyntaxNode? FirstAstNode => AstNodes.Count > 0 ? AstNodes[0] : null;

    /// <inheritdoc />
    public override NamedType Named => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}
