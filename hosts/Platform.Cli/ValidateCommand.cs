using Platform.Model.Checks;
using Platform.Model.Reading;

namespace Platform.Cli;

/// <summary><c>platform validate &lt;folder&gt;</c>: the generator's checks without a build.</summary>
internal static class ValidateCommand
{
    public static int Run(DirectoryInfo folder, TextWriter output)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"platform validate: the folder '{folder.FullName}' does not exist.");
            return 1;
        }

        var modules = FindModules(folder.FullName);
        if (modules.Count == 0)
        {
            // A folder of manifests without a module manifest is still checked, so PLAT014 says what is missing.
            modules = ManifestDirectory.Read(folder.FullName).Count > 0 ? [folder.FullName] : [];
        }

        if (modules.Count == 0)
        {
            Console.Error.WriteLine($"platform validate: no manifests under '{folder.FullName}'; point at a module folder (with manifests/module.yaml) or a folder of modules.");
            return 1;
        }

        var current = Directory.GetCurrentDirectory();
        var results = WorkspaceCompiler.Compile(modules.Select(m => ManifestDirectory.Read(m, current)).ToList());
        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.IsError);
        output.WriteLine($"{modules.Count} module(s) checked: {errors} error(s), {diagnostics.Count - errors} warning(s).");
        return errors > 0 ? 1 : 0;
    }

    private static List<string> FindModules(string folder)
    {
        if (ManifestDirectory.IsModuleFolder(folder))
        {
            return [folder];
        }

        return Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories)
            .Where(d => !d.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules" or ".git"))
            .Where(d => Path.GetFileName(d) != "manifests" && ManifestDirectory.IsModuleFolder(d))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
