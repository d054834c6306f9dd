namespace Platform.Model.Rules;

/// <summary>A rule in JSON shape that cannot be read; the message names the path and the fix.</summary>
public sealed class RuleFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public RuleFormatException(string path, string message)
        : base($"{path}: {message}")
    {
        Path = path;
    }

    /// <summary>Where in the rule the problem is, e.g. <c>$.and[1].op</c>.</summary>
    public string Path { get; }
}
