namespace Platform.GraphQL.Types;

/// <summary>A value that a scalar cannot represent; the message is worded as graphql-js words it.</summary>
public sealed class ScalarCoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScalarCoercionException(string message)
        : base(message)
    {
    }
}
