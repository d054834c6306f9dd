using System.Collections.Concurrent;
using Platform.Core.Context;
using Platform.Core.Errors;

namespace Platform.Core.Cqrs;

/// <summary>
/// The mediator: one handler per request type, and a middleware pipeline that runs in
/// registration order around every handler (authorization, validation, idempotency, logging…).
/// </summary>
/// <remarks>Registering and adding middleware are boot-time operations; dispatching is thread-safe.</remarks>
public sealed class Mediator : IMediator
{
    private readonly ConcurrentDictionary<string, HandlerRegistration> _commands = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HandlerRegistration> _queries = new(StringComparer.Ordinal);
    private IMediatorMiddleware[] _pipeline = [];

    /// <summary>The middleware, in order.</summary>
    public IReadOnlyList<IMediatorMiddleware> Middleware => Volatile.Read(ref _pipeline);

    /// <summary>Every registered handler (for diagnostics: what still points into an unloaded module's code).</summary>
    public IReadOnlyList<HandlerRegistration> Handlers => [.. _commands.Values, .. _queries.Values];

    /// <summary>Where dispatches wait while the host swaps handlers (a module reloading).</summary>
    public DispatchGate Gate { get; } = new();

    /// <inheritdoc />
    public Task<object?> DispatchAsync(Command command, ISystemContext context, CancellationToken cancellationToken = default) =>
        Gate.RunAsync(
            () => SendAsync(command, _commands.TryGetValue(command.Type, out var registration) ? registration : throw new UnknownRequestError("command", command.Type, _commands.Keys), context, cancellationToken),
            cancellationToken);

    /// <inheritdoc />
    public Task<object?> QueryAsync(Query query, ISystemContext context, CancellationToken cancellationToken = default) =>
        Gate.RunAsync(
            () => SendAsync(query, _queries.TryGetValue(query.Type, out var registration) ? registration : throw new UnknownRequestError("query", query.Type, _queries.Keys), context, cancellationToken),
            cancellationToken);

    /// <summary>Sends a command and casts its result.</summary>
    public async Task<TResult> DispatchAsync<TResult>(Command command, ISystemContext context, CancellationToken cancellationToken = default) =>
        Cast<TResult>(command.Type, await DispatchAsync(command, context, cancellationToken).ConfigureAwait(false));

    /// <summary>Sends a query and casts its result.</summary>
    public async Task<TResult> QueryAsync<TResult>(Query query, ISystemContext context, CancellationToken cancellationToken = default) =>
        Cast<TResult>(query.Type, await QueryAsync(query, context, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public void RegisterCommand(string type, RequestHandler handler, HandlerOptions? options = null) =>
        Register(_commands, new HandlerRegistration(type, RequestKind.Command, handler, options ?? new HandlerOptions()));

    /// <inheritdoc />
    public void RegisterQuery(string type, RequestHandler handler, HandlerOptions? options = null) =>
        Register(_queries, new HandlerRegistration(type, RequestKind.Query, handler, options ?? new HandlerOptions()));

    /// <summary>Removes a handler (when its module unloads).</summary>
    public bool Unregister(RequestKind kind, string type) => (kind == RequestKind.Command ? _commands : _queries).TryRemove(type, out _);

    /// <summary>Removes every handler of the module <paramref name="moduleId"/> (types <c>{moduleId}.…</c>), when it unloads.</summary>
    public void UnregisterModule(string moduleId)
    {
        foreach (var handlers in new[] { _commands, _queries })
        {
            foreach (var type in handlers.Keys.Where(t => t.StartsWith(moduleId + ".", StringComparison.Ordinal)))
            {
                handlers.TryRemove(type, out _);
            }
        }
    }

    /// <summary>Whether a handler is registered.</summary>
    public bool IsRegistered(RequestKind kind, string type) => (kind == RequestKind.Command ? _commands : _queries).ContainsKey(type);

    /// <inheritdoc />
    public void Use(IMediatorMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        lock (_commands)
        {
            _pipeline = [.. _pipeline, middleware];
        }
    }

    private static void Register(ConcurrentDictionary<string, HandlerRegistration> handlers, HandlerRegistration registration)
    {
        if (!handlers.TryAdd(registration.Type, registration))
        {
            throw new ArgumentException($"A handler for {registration.Kind.ToString().ToLowerInvariant()} '{registration.Type}' is already registered; each type has exactly one handler.", nameof(registration));
        }
    }

    private Task<object?> SendAsync(MediatorRequest request, HandlerRegistration registration, ISystemContext context, CancellationToken cancellationToken)
    {
        var pipeline = Volatile.Read(ref _pipeline);
        var envelope = new RequestEnvelope(request, registration, context, cancellationToken);
        return Next(0);

        Task<object?> Next(int index) =>
            index == pipeline.Length
                ? registration.Handler(request, context, cancellationToken)
                : pipeline[index].InvokeAsync(envelope, () => Next(index + 1));
    }

    private static TResult Cast<TResult>(string type, object? result) =>
        result is TResult typed ? typed
        : result is null && default(TResult) is null ? default!
        : throw new InvalidCastException($"The handler of '{type}' returned {result?.GetType().Name ?? "null"}, not {typeof(TResult).Name}.");
}
