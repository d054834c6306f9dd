namespace Platform.GraphQL.Errors;

/// <summary>A document that does not parse. The message reads <c>Syntax Error: …</c> as graphql-js words it.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    /// <summary>Creates the exception for a syntax error at <paramref name="location"/>.</summary>
    public GraphQLSyntaxException(string description, SourceLocation location)
        : base(new GraphQLError($"Syntax Error: {description}") { Locations = [location], Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ParseFailed } })
    {
        Description = description;
        Location = location;
    }

    /// <summary>The description without the <c>Syntax Error:</c> prefix.</summary>
    public string Description { get; }

    /// <summary>Where the error is.</summary>
    public SourceLocation Location { get; }
}
