using Platform.Model.Definitions;

namespace Platform.Core.Modules;

/// <summary>
/// A module as the host runs it (seed 001 § 8): its definition (from the manifests) and its code's
/// boot and shutdown. The generated descriptor of a module assembly implements this; a module of
/// manifests only gets a default implementation.
/// </summary>
public interface IModule
{
    /// <summary>What the module declares.</summary>
    ModuleDefinition Definition { get; }

    /// <summary>Registers the module's handlers, rules, machines, subscriptions and jobs.</summary>
    Task BootAsync(BootRegistry registry, CancellationToken cancellationToken = default);

    /// <summary>Releases what boot acquired.</summary>
    Task ShutdownAsync(CancellationToken cancellationToken = default);
}
