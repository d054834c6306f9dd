using Platform.Core.Context;

namespace Platform.Core.Cqrs;

/// <summary>All reads and writes flow through the mediator; modules never call each other directly (seed 001 § 6).</summary>
public interface IMediator
{
    /// <summary>Sends a command through the pipeline to its handler.</summary>
    /// <exception cref="Errors.UnknownRequestError">No handler is registered for the type.</exception>
    Task<object?> DispatchAsync(Command command, ISystemContext context, CancellationToken cancellationToken = default);

    /// <summary>Sends a query through the pipeline to its handler.</summary>
    /// <exception cref="Errors.UnknownRequestError">No handler is registered for the type.</exception>
    Task<object?> QueryAsync(Query query, ISystemContext context, CancellationToken cancellationToken = default);

    /// <summary>Registers the handler of a command type.</summary>
    void RegisterCommand(string type, RequestHandler handler, HandlerOptions? options = null);

    /// <summary>Registers the handler of a query type.</summary>
    void RegisterQuery(string type, RequestHandler handler, HandlerOptions? options = null);

    /// <summary>Appends a middleware; middleware runs in registration order.</summary>
    void Use(IMediatorMiddleware middleware);
}
