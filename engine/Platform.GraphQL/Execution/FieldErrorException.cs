using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Execution;

/// <summary>Carries a located field error up to the nearest nullable parent (spec § 6.4.4 "Handling Field Errors").</summary>
internal sealed class FieldErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
