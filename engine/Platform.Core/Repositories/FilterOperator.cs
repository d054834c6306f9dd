namespace Platform.Core.Repositories;

/// <summary>
/// The operators of repository filters (and of the GraphQL <c>where</c> inputs). The data layer's
/// operator table gives each one's meaning per field type, its SQL and its in-memory evaluation.
/// </summary>
public enum FilterOperator
{
    /// <summary>Equal.</summary>
    Eq,

    /// <summary>Not equal (null-safe).</summary>
    Neq,

    /// <summary>Greater than.</summary>
    Gt,

    /// <summary>Greater than or equal.</summary>
    Gte,

    /// <summary>Less than.</summary>
    Lt,

    /// <summary>Less than or equal.</summary>
    Lte,

    /// <summary>One of a list.</summary>
    In,

    /// <summary>None of a list.</summary>
    Nin,

    /// <summary>Null (true) or not null (false).</summary>
    IsNull,

    /// <summary>Substring (strings), element (lists), containment (JSON).</summary>
    Contains,

    /// <summary>String prefix.</summary>
    StartsWith,

    /// <summary>String suffix.</summary>
    EndsWith,

    /// <summary>Case-insensitive equality.</summary>
    IEq,

    /// <summary>Case-insensitive substring.</summary>
    IContains,

    /// <summary>Case-insensitive prefix.</summary>
    IStartsWith,

    /// <summary>Regular expression (documented subset, length-capped).</summary>
    Matches,

    /// <summary>List contains every given value.</summary>
    ContainsAll,

    /// <summary>List shares at least one value with the given ones.</summary>
    ContainsAny,

    /// <summary>JSON object has the key.</summary>
    HasKey,

    /// <summary>Geometry lies within the given polygon.</summary>
    Within,

    /// <summary>Geometry intersects the given geometry.</summary>
    Intersects,
}
