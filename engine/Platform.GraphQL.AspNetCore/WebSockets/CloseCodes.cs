namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol.</summary>
public static class CloseCodes
{
    /// <summary>A message the protocol does not allow.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused (authentication).</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> in time.</summary>
    public const int InitTimeout = 4408;

    /// <summary>An operation id already in use.</summary>
    public const int SubscriberExists = 4409;

    /// <summary>A second <c>connection_init</c>, or more operations than the connection may run.</summary>
    public const int TooManyRequests = 4429;
}
