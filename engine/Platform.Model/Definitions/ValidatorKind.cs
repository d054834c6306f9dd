namespace Platform.Model.Definitions;

/// <summary>The built-in validators (seed 001 § 2), plus <see cref="Custom"/> for registered ones.</summary>
public enum ValidatorKind
{
    /// <summary>String length at least the argument.</summary>
    MinLength,

    /// <summary>String length at most the argument.</summary>
    MaxLength,

    /// <summary>Number (or money amount) at least the argument.</summary>
    Min,

    /// <summary>Number (or money amount) at most the argument.</summary>
    Max,

    /// <summary>String matches the argument, a regular expression.</summary>
    Pattern,

    /// <summary>String is an e-mail address.</summary>
    Email,

    /// <summary>String is an absolute http(s) URL.</summary>
    Url,

    /// <summary>String is a phone number in E.164 form.</summary>
    Phone,

    /// <summary>Date lies in the future.</summary>
    Future,

    /// <summary>Date lies in the past.</summary>
    Past,

    /// <summary>Number (or money amount) greater than zero.</summary>
    Positive,

    /// <summary>Number (or money amount) not zero.</summary>
    NonZero,

    /// <summary>Referenced entity exists in the caller's organization.</summary>
    RefExists,

    /// <summary>No other entity of the organization has the same value.</summary>
    Unique,

    /// <summary>A validator registered by name by module code.</summary>
    Custom,
}
