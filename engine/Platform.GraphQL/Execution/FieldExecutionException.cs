namespace Platform.GraphQL.Execution;

/// <summary>A field failed for a reason the engine itself detected (bad argument, bad result); its message goes to the client.</summary>
public sealed class FieldExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FieldExecutionException(string message)
        : base(message)
    {
    }
}
