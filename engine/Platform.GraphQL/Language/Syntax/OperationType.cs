namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>OperationType : one of query mutation subscription</c>.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that fetches data in response to source events.</summary>
    Subscription,
}
