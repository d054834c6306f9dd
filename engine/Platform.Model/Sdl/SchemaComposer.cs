using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Model.Sdl;

/// <summary>
/// Composes the served schema's SDL: the platform's base SDL, each module's SDL, and the
/// cross-module extensions whose target module is present. The base declares <c>type Mutation</c>
/// without fields for modules to extend; when no module adds a mutation it is left out (GraphQL
/// requires a type to have fields).
/// </summary>
public static class SchemaComposer
{
    private static readonly Regex EmptyMutation = new(@"^type Mutation\s*$\n?", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The SDL of the base schema with <paramref name="modules"/>.</summary>
    public static string Compose(IReadOnlyCollection<ModuleSdl> modules)
    {
        var builder = new StringBuilder();
        var extendsMutation = modules.Any(m => m.Types.Any(t => t.IsExtension && t.Name == "Mutation"));
        builder.Append(extendsMutation ? BaseSdl.Text : EmptyMutation.Replace(BaseSdl.Text, ""));
        var present = new HashSet<string>(modules.Select(m => m.Module), StringComparer.Ordinal);
        foreach (var module in modules)
        {
            builder.Append('\n').Append(module.Text);
            foreach (var required in module.Types.Select(t => t.RequiresModule).OfType<string>().Distinct(StringComparer.Ordinal).Where(present.Contains))
            {
                builder.Append('\n').Append(module.TextRequiring(required));
            }
        }

        return builder.ToString();
    }
}
