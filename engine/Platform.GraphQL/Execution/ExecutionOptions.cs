namespace Platform.GraphQL.Execution;

/// <summary>Execution limits for a public endpoint.</summary>
public sealed record ExecutionOptions
{
    /// <summary>No time limit.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>How long an operation may run; past it, unfinished fields fail with a timeout error and the request ends.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether errors of unexpected exceptions carry the exception's message (Development) or a generic one.</summary>
    public bool ExposeExceptionMessages { get; init; } = true;

    /// <summary>
    /// Turns an exception a resolver threw into the message and extensions clients see (the host maps its
    /// domain errors to their codes here); null leaves it to the default handling.
    /// </summary>
    public Func<Exception, IGraphQLErrorSource?>? MapError { get; init; }
}
