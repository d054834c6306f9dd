namespace Platform.Core.Modules;

/// <summary>Modules whose dependencies cannot be booted: a missing module or a cycle. Names every module involved.</summary>
public sealed class ModuleDependencyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ModuleDependencyException(string message, IReadOnlyList<string> modules)
        : base(message)
    {
        Modules = modules;
    }

    /// <summary>Every module involved.</summary>
    public IReadOnlyList<string> Modules { get; }
}
