using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Model.Naming;

/// <summary>
/// The naming rules that turn manifest names into SQL and GraphQL names: manifest keys are
/// camelCase, columns snake_case, GraphQL types PascalCase and enum values UPPER_SNAKE.
/// </summary>
public static class Names
{
    private static readonly Regex Pascal = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Camel = new("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex ModuleId = new("^[a-z][a-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex MachineId = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex EnumValue = new("^[A-Za-z][A-Za-z0-9]*([_ -][A-Za-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex EventName = new("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex SemVer = new(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);

    /// <summary>PostgreSQL truncates identifiers longer than this many bytes.</summary>
    public const int MaxSqlIdentifierBytes = 63;

    /// <summary>Entity names: PascalCase letters and digits (<c>PriceList</c>).</summary>
    public static bool IsEntityName(string name) => Pascal.IsMatch(name);

    /// <summary>Field keys, command, query and job names: camelCase letters and digits (<c>categoryId</c>).</summary>
    public static bool IsMemberName(string name) => Camel.IsMatch(name);

    /// <summary>Module ids: lower-case letters and digits (<c>catalog</c>); they become event and permission segments.</summary>
    public static bool IsModuleId(string name) => ModuleId.IsMatch(name);

    /// <summary>State machine ids: lower-case words joined by hyphens (<c>item-lifecycle</c>).</summary>
    public static bool IsMachineId(string name) => MachineId.IsMatch(name);

    /// <summary>Table names and prefixes: lower-case SQL identifiers (<c>cat_items</c>).</summary>
    /// <remarks>A loop rather than a regular expression: SQL is built with it on every request.</remarks>
    public static bool IsSqlName(string name)
    {
        if (name.Length == 0 || name[0] is not ((>= 'a' and <= 'z') or '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Enum values and states: letters and digits, words joined by <c>_</c>, <c>-</c> or a space.</summary>
    public static bool IsEnumValue(string name) => EnumValue.IsMatch(name);

    /// <summary>FSM event names: lower-case words joined by <c>_</c> (<c>publish</c>, <c>mark_paid</c>).</summary>
    public static bool IsEventName(string name) => EventName.IsMatch(name);

    /// <summary>Semantic versions: <c>1.2.3</c>, optionally with pre-release and build parts.</summary>
    public static bool IsSemVer(string version) => SemVer.IsMatch(version);

    /// <summary><c>categoryId</c> → <c>category_id</c>; <c>PriceList</c> → <c>price_list</c>; <c>HTTPCode</c> → <c>http_code</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousLower || nextLower)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c is '-' or ' ' ? '_' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An enum value's GraphQL name: <c>draft</c> → <c>DRAFT</c>, <c>in-stock</c> → <c>IN_STOCK</c>, <c>apiKey</c> → <c>API_KEY</c>.</summary>
    public static string ToUpperSnake(string value) => ToSnakeCase(value).ToUpperInvariant();

    /// <summary><c>categoryId</c> → <c>CategoryId</c>.</summary>
    public static string ToPascalCase(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary><c>PriceList</c> → <c>priceList</c>.</summary>
    public static string ToCamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>The English plural of the last word: <c>category</c> → <c>categories</c>, <c>box</c> → <c>boxes</c>, <c>item</c> → <c>items</c>.</summary>
    public static string Pluralize(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        if (word.EndsWith("y", StringComparison.Ordinal) && word.Length > 1 && "aeiou".IndexOf(word[word.Length - 2]) < 0)
        {
            return word.Substring(0, word.Length - 1) + "ies";
        }

        if (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("x", StringComparison.Ordinal) || word.EndsWith("z", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        return word + "s";
    }

    /// <summary>The length of a SQL identifier in bytes (UTF-8), as PostgreSQL counts it.</summary>
    public static int SqlByteLength(string identifier) => Encoding.UTF8.GetByteCount(identifier);
}
