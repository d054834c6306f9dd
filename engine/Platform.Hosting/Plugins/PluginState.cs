namespace Platform.Hosting.Plugins;

/// <summary>Where a plugin stands.</summary>
public enum PluginState
{
    /// <summary>Loaded and ready to serve.</summary>
    Loaded,

    /// <summary>Refused: its folder, assembly or descriptor is broken, or a dependency is missing or failed.</summary>
    Failed,
}
