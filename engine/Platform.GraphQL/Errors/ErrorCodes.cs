namespace Platform.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values of request errors (ARCHITECTURE.md § GraphQL API conventions).</summary>
public static class ErrorCodes
{
    /// <summary>The document does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document parses but breaks a validation rule.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables or arguments could not be coerced.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
}
