namespace Platform.GraphQL.Errors;

/// <summary>Carries one or more <see cref="GraphQLError"/>s out of the engine (syntax errors, schema errors).</summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    /// <summary>Creates the exception for one error.</summary>
    public GraphQLException(GraphQLError error)
        : this([error])
    {
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
