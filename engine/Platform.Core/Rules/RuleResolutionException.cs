namespace Platform.Core.Rules;

/// <summary>A rule refers to a named rule or template parameter that does not exist, or rules refer to each other in a cycle.</summary>
public sealed class RuleResolutionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public RuleResolutionException(string message)
        : base(message)
    {
    }
}
