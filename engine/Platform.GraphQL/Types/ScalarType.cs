using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Types;

/// <summary>
/// A leaf type with its coercion rules (spec § 3.5 "Scalars"): result coercion
/// (<see cref="Serialize"/>), input coercion of variable values (<see cref="ParseValue"/>) and of
/// literals (<see cref="ParseLiteral"/>). Each throws <see cref="ScalarCoercionException"/> on values
/// it cannot represent.
/// </summary>
public class ScalarType : NamedType
{
    /// <summary>Creates a scalar.</summary>
    public ScalarType(string name, Func<object?, object?> serialize, Func<object?, object?> parseValue, Func<ValueNode, object?> parseLiteral, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        Serialize = serialize;
        ParseValue = parseValue;
        ParseLiteral = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>Internal value → response value (a string, number, boolean, list or map).</summary>
    public Func<object?, object?> Serialize { get; }

    /// <summary>Variable value (from JSON) → internal value.</summary>
    public Func<object?, object?> ParseValue { get; }

    /// <summary>Literal in the document (no variables inside) → internal value.</summary>
    public Func<ValueNode, object?> ParseLiteral { get; }

    /// <summary>A URL specifying the scalar's behaviour (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>A copy of this scalar under another name (for SDL that declares a known scalar under its own name).</summary>
    public ScalarType WithName(string name, string? description, string? specifiedByUrl) =>
        new(name, Serialize, ParseValue, ParseLiteral, description ?? Description, specifiedByUrl ?? SpecifiedByUrl);
}
