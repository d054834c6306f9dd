using Platform.Core.Modules;
using Platform.Hosting.Api;
using Platform.Hosting.Plugins;

namespace Platform.Hosting.Runtime;

/// <summary>A module the runtime serves: where it came from, its code, and its API's registrations.</summary>
/// <param name="Source">The loaded plugin or manifest folder.</param>
/// <param name="Api">Its API (entity commands registered while it is served).</param>
/// <param name="Fingerprint">What its files were when loaded, to tell a real change from a touch.</param>
internal sealed record ServedModule(LoadedPlugin Source, ModuleApi Api, string Fingerprint)
{
    public IModule Module => Source.Module!;

    public string Id => Module.Definition.Id;

    public string Folder => Source.Folder;
}
