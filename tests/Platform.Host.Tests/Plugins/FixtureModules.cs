namespace Platform.Host.Tests.Plugins;

/// <summary>Manifests of small fixture modules.</summary>
public static class FixtureModules
{
    /// <summary>A module <paramref name="id"/> with one entity <c>Note</c> (and whatever else <paramref name="noteFields"/> adds).</summary>
    public static Dictionary<string, string> Notes(string id, string version = "1.0.0", string? dependsOn = null, string noteFields = "", string entity = "Note") => new()
    {
        // Ids get the module's own prefix, so fixtures never collide with another module's prefixes.
        ["module.yaml"] = $"id: {id}\nversion: {version}\ntablePrefix: {id}_\nidPrefixes: {{ {entity}: {id}{entity.ToLowerInvariant()} }}\n" + (dependsOn is null ? "" : $"dependsOn: [{dependsOn}]\n"),
        [$"{entity.ToLowerInvariant()}.entity.yaml"] = $"name: {entity}\nrealtime: org\nfields:\n  text: {{ type: string, required: true }}\n{noteFields}",
    };

    /// <summary>Handler code whose boot throws.</summary>
    public static string ThrowingBoot(string id) => $$"""
        namespace Platform.Modules.{{char.ToUpperInvariant(id[0]) + id[1..]}};

        public sealed partial class {{char.ToUpperInvariant(id[0]) + id[1..]}}Module
        {
            partial void OnBoot(global::Platform.Core.Modules.BootRegistry registry) => throw new global::System.InvalidOperationException("the {{id}} module cannot reach its payment provider");
        }
        """;
}
