using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Language;

/// <summary>The kinds of lexical tokens (spec § 2.1.6 "Lexical Tokens"), plus start and end of file.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The spec's token names.")]
public enum TokenKind
{
    /// <summary>Start of file.</summary>
    StartOfFile,

    /// <summary>End of file.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Amp,

    /// <summary><c>(</c></summary>
    ParenLeft,

    /// <summary><c>)</c></summary>
    ParenRight,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    BracketLeft,

    /// <summary><c>]</c></summary>
    BracketRight,

    /// <summary><c>{</c></summary>
    BraceLeft,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    BraceRight,

    /// <summary>A name.</summary>
    Name,

    /// <summary>An integer.</summary>
    Int,

    /// <summary>A float.</summary>
    Float,

    /// <summary>A quoted string.</summary>
    String,

    /// <summary>A block string.</summary>
    BlockString,
}
