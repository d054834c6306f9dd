namespace Platform.Model.Rules;

/// <summary>The operators of a leaf rule (seed 001 § 5).</summary>
public enum RuleOp
{
    /// <summary>Equal (numbers by value, strings ordinal).</summary>
    Eq,

    /// <summary>Not equal.</summary>
    Neq,

    /// <summary>Greater than (numbers, dates, strings ordinal).</summary>
    Gt,

    /// <summary>Greater than or equal.</summary>
    Gte,

    /// <summary>Less than.</summary>
    Lt,

    /// <summary>Less than or equal.</summary>
    Lte,

    /// <summary>The value is one of the listed values.</summary>
    In,

    /// <summary>The value is none of the listed values.</summary>
    Nin,

    /// <summary>The array contains the value (or the string contains the substring).</summary>
    Contains,

    /// <summary>The array contains every listed value.</summary>
    ContainsAll,

    /// <summary>The string matches the regular expression (with a timeout).</summary>
    Matches,

    /// <summary>The value is present and not null.</summary>
    Exists,

    /// <summary>The array or string is empty (or the value is absent).</summary>
    Empty,

    /// <summary>The date lies within the given number of days of now, either side.</summary>
    WithinDays,

    /// <summary>The point lies within the GeoJSON polygon.</summary>
    SpatialWithin,
}
