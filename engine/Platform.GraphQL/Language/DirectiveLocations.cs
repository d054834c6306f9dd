namespace Platform.GraphQL.Language;

/// <summary>The directive locations of spec § 3.13 ("ExecutableDirectiveLocation", "TypeSystemDirectiveLocation").</summary>
public static class DirectiveLocations
{
    /// <summary>Locations in executable documents.</summary>
    public static IReadOnlySet<string> Executable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
    };

    /// <summary>Locations in the type system.</summary>
    public static IReadOnlySet<string> TypeSystem { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    };

    /// <summary>Whether <paramref name="name"/> is a directive location.</summary>
    public static bool IsValid(string name) => Executable.Contains(name) || TypeSystem.Contains(name);
}
