using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Types;

/// <summary>SDL that does not make a valid schema; lists every problem with its location.</summary>
public sealed class GraphQLSchemaException : GraphQLException
{
    /// <summary>Creates the exception.</summary>
    public GraphQLSchemaException(IReadOnlyList<GraphQLError> errors)
        : base(errors)
    {
    }

    /// <inheritdoc />
    public override string Message => "The schema is invalid:" + string.Concat(Errors.Select(e => Environment.NewLine + "  " + e));
}
