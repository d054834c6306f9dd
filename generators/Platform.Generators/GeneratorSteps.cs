namespace Platform.Generators;

/// <summary>The tracking names of the pipeline's stages (tests assert on them).</summary>
public static class GeneratorSteps
{
    /// <summary>One manifest file read.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The module's manifests assembled and checked.</summary>
    public const string Compile = nameof(Compile);

    /// <summary>The per-entity models (an unchanged entity stays cached).</summary>
    public const string Entities = nameof(Entities);

    /// <summary>The module-level model (descriptor, DDL, SDL, normalized manifests).</summary>
    public const string Module = nameof(Module);

    /// <summary>The diagnostics to report.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
