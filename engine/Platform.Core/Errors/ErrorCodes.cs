namespace Platform.Core.Errors;

/// <summary>
/// The stable error codes clients see in <c>extensions.code</c> (ARCHITECTURE.md § GraphQL API
/// conventions). Every <see cref="CoreError"/> carries exactly one of them.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The entity does not exist, is deleted, or belongs to another organization.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>Input failed validation; <c>failures[]</c> lists every field.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>No valid credentials were presented.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is authenticated but lacks the permission.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A stale version or a duplicate value.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A domain rule forbids the operation (a failing guard, a closed window…).</summary>
    public const string BusinessRule = "BUSINESS_RULE";

    /// <summary>An external service failed.</summary>
    public const string IntegrationFailed = "INTEGRATION_FAILED";

    /// <summary>The caller exceeded a rate limit.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>An unexpected failure; details stay in the server log.</summary>
    public const string Internal = "INTERNAL";
}
