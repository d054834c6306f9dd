using Microsoft.Extensions.Logging;
using Platform.Core.Context;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Api;

/// <summary>What the generated API's resolvers use: the platform's services, the repositories and the request contexts.</summary>
/// <param name="services">The platform's shared services (mediator, machines, hooks, buses, gateway).</param>
/// <param name="repositories">Repositories of the loaded entities.</param>
public sealed class ApiServices(PlatformServices services, PostgresRepositoryFactory repositories)
{
    /// <summary>The platform's shared services.</summary>
    public PlatformServices Services { get; } = services;

    /// <summary>Repositories of the loaded entities.</summary>
    public PostgresRepositoryFactory Repositories { get; } = repositories;

    /// <summary>Creates each request's system context.</summary>
    public SystemContextFactory Contexts { get; } = new(services);

    /// <summary>Where the API logs what clients do not see.</summary>
    public ILogger Logger { get; } = services.LoggerFactory.CreateLogger("Platform.Api");
}
