namespace Platform.Generators.Models;

/// <summary>Build properties the generator reads (<c>build_property.*</c>, made visible by Directory.Build.targets).</summary>
/// <param name="Namespace">The project's root namespace.</param>
internal sealed record GeneratorOptions(string Namespace);
