using Platform.Model.Collections;

namespace Platform.Model.Sdl;

/// <summary>The generated GraphQL of one module: its types and its extensions of the root types.</summary>
/// <param name="Module">The module id.</param>
/// <param name="Types">Definitions and extensions, in emission order.</param>
public sealed record ModuleSdl(string Module, EquatableArray<SdlType> Types)
{
    /// <summary>The SDL text of everything that needs no other module.</summary>
    public string Text => SdlPrinter.Print(Types.Where(t => t.RequiresModule is null));

    /// <summary>The SDL text of the extensions that need <paramref name="module"/> to be loaded.</summary>
    public string TextRequiring(string module) => SdlPrinter.Print(Types.Where(t => t.RequiresModule == module));
}
