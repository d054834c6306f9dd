using System.Text.RegularExpressions;

namespace Platform.Core.Repositories.Filters;

/// <summary>
/// The regular expressions <c>matches</c> accepts: a subset that PostgreSQL's <c>~</c> and .NET
/// read the same way — literals, <c>.</c>, <c>^</c>, <c>$</c>, classes <c>[a-z]</c> and <c>[^…]</c>,
/// <c>\d \w \s \D \W \S</c>, escaped metacharacters, groups <c>( )</c>, alternation <c>|</c> and the
/// quantifiers <c>* + ? {n} {n,} {n,m}</c>. At most <see cref="MaxLength"/> characters; no
/// back-references, look-around, lazy quantifiers, named groups or flags.
/// </summary>
public static class RegexSubset
{
    /// <summary>The longest pattern accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>How long one in-memory match may run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Null when <paramref name="pattern"/> is in the subset; otherwise what is wrong.</summary>
    public static string? Check(string pattern)
    {
        if (pattern.Length > MaxLength)
        {
            return $"the pattern is longer than {MaxLength} characters.";
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    return "the pattern ends with a lone backslash.";
                }

                var next = pattern[++i];
                if ("dwsDWS.\\^$|?*+()[]{}/-".IndexOf(next, StringComparison.Ordinal) < 0)
                {
                    return $"'\\{next}' is not supported; use \\d \\w \\s (or their negations) or escape a metacharacter.";
                }
            }
            else if (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')
            {
                return "groups with '(?' (look-around, named or non-capturing groups, flags) are not supported.";
            }
            else if (c is '*' or '+' or '?' or '}' && i + 1 < pattern.Length && pattern[i + 1] is '?' or '+')
            {
                return "lazy and possessive quantifiers are not supported.";
            }
            else if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                return "POSIX classes such as [:alpha:] are not supported; use \\w, \\d or a range.";
            }
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, Timeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"the pattern is not valid: {e.Message}";
        }
    }
}
