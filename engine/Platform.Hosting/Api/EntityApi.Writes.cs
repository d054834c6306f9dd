using System.Globalization;
using Microsoft.Extensions.Logging;
using Platform.Core.Context;
using Platform.Core.Cqrs;
using Platform.Core.Errors;
using Platform.Core.Hooks;
using Platform.Core.StateMachines;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Api;

/// <content>
/// Writes. Every mutation is a command of the mediator — <c>catalog.item.create</c>, <c>.update</c>,
/// <c>.delete</c>, <c>.restore</c>, <c>.fire.&lt;event&gt;</c> — whose permission is the entity's
/// (<c>catalog.item:create</c>…; an event's own or <c>:update</c>). Module code dispatches the same
/// commands with plain maps: create takes the fields; the others <c>{ id, patch, expectedVersion,
/// payload }</c>. The handlers run the module's hooks around the repository's write.
/// </content>
internal sealed partial class EntityApi
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} dispatched by event {Event} of {Entity} {Id} failed; the transition stands")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string command, string @event, string entity, string id);

    /// <summary>The command types this entity registered, for unregistering when its module unloads.</summary>
    public IReadOnlyList<string> Commands => _commands;

    private readonly List<string> _commands = [];

    /// <summary>Registers the entity's commands with the mediator.</summary>
    public void RegisterCommands(IMediator mediator)
    {
        var resource = _binding.Resource;
        Register(mediator, "create", resource + ":create", CreateAsync);
        if (!Entity.AppendOnly)
        {
            Register(mediator, "update", resource + ":update", UpdateAsync);
            Register(mediator, "delete", resource + ":delete", DeleteAsync);
        }

        if (Entity.SoftDelete)
        {
            Register(mediator, "restore", resource + ":delete", RestoreAsync);
        }

        foreach (var eventName in _binding.Machine?.Events ?? [])
        {
            Register(mediator, "fire." + eventName, _binding.EventPermission(eventName), (request, context, ct) => FireAsync(eventName, request, context, ct));
        }
    }

    private void Register(IMediator mediator, string verb, string permission, RequestHandler handler)
    {
        var type = $"{_binding.Resource}.{verb}";
        mediator.RegisterCommand(type, handler, new HandlerOptions { Permission = permission, Description = $"{verb} a {Entity.Name}" });
        _commands.Add(type);
    }

    private void BindMutations(SchemaBuilder schema)
    {
        var name = Entity.Name;
        schema.AddResolver("Mutation", "create" + name, c => SendAsync(c, "create", GraphQLInputs.ToFields(_binding, c.Arguments["input"])));
        if (!Entity.AppendOnly)
        {
            schema.AddResolver("Mutation", "update" + name, c => SendAsync(c, "update", Target(c, ("patch", GraphQLInputs.ToFields(_binding, c.Arguments["patch"])))));
            schema.AddResolver("Mutation", "delete" + name, c => SendAsync(c, "delete", Target(c)));
        }

        if (Entity.SoftDelete)
        {
            schema.AddResolver("Mutation", "restore" + name, c => SendAsync(c, "restore", Target(c)));
        }

        if (_binding.Machine is { Events.Count: > 0 })
        {
            schema.AddResolver("Mutation", $"fire{name}Event", c => SendAsync(c, "fire." + (string)c.Arguments["event"]!, Target(c, ("payload", c.Arguments.GetValueOrDefault("payload")))));
        }
    }

    private static Dictionary<string, object?> Target(ResolveFieldContext context, params (string Key, object? Value)[] more)
    {
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = context.Arguments["id"], ["expectedVersion"] = context.Arguments.GetValueOrDefault("expectedVersion") };
        foreach (var (key, value) in more)
        {
            payload[key] = value;
        }

        return payload;
    }

    private async ValueTask<object?> SendAsync(ResolveFieldContext context, string verb, Dictionary<string, object?> payload)
    {
        var request = ApiRequest.Of(context, _api);
        var command = new Command($"{_binding.Resource}.{verb}", payload) { IdempotencyKey = request.IdempotencyKey };
        return await _api.Services.Mediator.DispatchAsync(command, request.Context, context.CancellationToken).ConfigureAwait(false);
    }

    private EntityRepository Repository(ISystemContext context) => _api.Repositories.Repository(_binding.Qualified, context.Org.Id, context.Actor.Id, context.CorrelationId);

    private EntityHooks Hooks => _api.Services.Hooks;

    private async Task<object?> CreateAsync(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var fields = Fields(Payload(request), "input");
        await Hooks.RunBeforeSaveAsync(_binding.Qualified, new EntitySave(Entity.Name, null, fields), context, cancellationToken).ConfigureAwait(false);
        var created = await Repository(context).CreateAsync(fields, cancellationToken: cancellationToken).ConfigureAwait(false);
        await Hooks.RunAfterAsync(_binding.Qualified, HookPoint.AfterSave, created, context, cancellationToken).ConfigureAwait(false);
        return created;
    }

    private async Task<object?> UpdateAsync(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var payload = Payload(request);
        var (id, expected) = Identify(payload);
        var patch = Fields(payload.GetValueOrDefault("patch"), "patch");
        var repository = Repository(context);
        if (Hooks.Has(_binding.Qualified, HookPoint.BeforeSave))
        {
            var current = await repository.FindByIdOrFailAsync(id, cancellationToken).ConfigureAwait(false);
            await Hooks.RunBeforeSaveAsync(_binding.Qualified, new EntitySave(Entity.Name, current, patch), context, cancellationToken).ConfigureAwait(false);
        }

        var updated = await repository.UpdateAsync(id, patch, expected, cancellationToken).ConfigureAwait(false);
        await Hooks.RunAfterAsync(_binding.Qualified, HookPoint.AfterSave, updated, context, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    private async Task<object?> DeleteAsync(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var (id, expected) = Identify(Payload(request));
        var repository = Repository(context);
        if (Hooks.Has(_binding.Qualified, HookPoint.BeforeDelete))
        {
            var current = await repository.FindByIdOrFailAsync(id, cancellationToken).ConfigureAwait(false);
            await Hooks.RunBeforeDeleteAsync(_binding.Qualified, current, context, cancellationToken).ConfigureAwait(false);
        }

        var deleted = await repository.DeleteAsync(id, expected, cancellationToken).ConfigureAwait(false);
        await Hooks.RunAfterAsync(_binding.Qualified, HookPoint.AfterDelete, deleted, context, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private async Task<object?> RestoreAsync(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var (id, _) = Identify(Payload(request));
        var restored = await Repository(context).RestoreAsync(id, cancellationToken).ConfigureAwait(false);
        await Hooks.RunAfterAsync(_binding.Qualified, HookPoint.AfterSave, restored, context, cancellationToken).ConfigureAwait(false);
        return restored;
    }

    /// <summary>
    /// Fires a state machine event: the first candidate transition whose guard passes over
    /// <c>{entity, actor, payload}</c> (else <c>BUSINESS_RULE</c> with the guard's explanation), its
    /// assignments written with its events in one statement at the version read, then the commands of
    /// its dispatch actions, after the commit.
    /// </summary>
    private async Task<object?> FireAsync(string eventName, MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var machine = _binding.Machine!;
        var payload = Payload(request);
        var (id, expected) = Identify(payload);
        var repository = Repository(context);
        var current = await repository.FindByIdOrFailAsync(id, cancellationToken).ConfigureAwait(false);
        if (expected is { } version && version != current.Version)
        {
            throw ConflictError.StaleVersion(Entity.Name, id, version, current.Version);
        }

        var state = current.Fields.GetValueOrDefault(machine.StatusField) as string ?? machine.Initial;
        var eventPayload = payload.GetValueOrDefault("payload") switch
        {
            null => new Dictionary<string, object?>(),
            IReadOnlyDictionary<string, object?> map => map,
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } json => (IReadOnlyDictionary<string, object?>)Core.Serialization.PlainJson.FromElement(json)!,
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null } => new Dictionary<string, object?>(),
            _ => throw new ValidationError("payload", "The payload of an event is a JSON object.", "type"),
        };
        var transition = _api.Services.StateMachines.Transition(machine.Id, state, eventName, new FsmContext(current.ToContext(), context.Actor)
        {
            Payload = eventPayload,
            EntityId = id,
            Version = current.Version,
            CorrelationId = context.CorrelationId,
        });

        var assignments = new Dictionary<string, object?>(transition.Assignments, StringComparer.Ordinal);
        await Hooks.RunBeforeSaveAsync(_binding.Qualified, new EntitySave(Entity.Name, current, assignments), context, cancellationToken).ConfigureAwait(false);
        var saved = await repository.TransitionAsync(id, assignments, current.Version, transition.EventsEmitted, cancellationToken).ConfigureAwait(false);
        await Hooks.RunAfterAsync(_binding.Qualified, HookPoint.AfterSave, saved, context, cancellationToken).ConfigureAwait(false);
        foreach (var command in transition.Commands)
        {
            try
            {
                await context.DispatchAsync<object?>(command.Type, command.Payload, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The transition has committed; a command it dispatches cannot undo it.
                LogDispatchFailed(_api.Logger, exception, command.Type, eventName, Entity.Name, id);
            }
        }

        return saved;
    }

    private static IReadOnlyDictionary<string, object?> Payload(MediatorRequest request) =>
        (request as Command)?.Payload as IReadOnlyDictionary<string, object?> ?? throw new ValidationError("input", $"{request.Type} takes a map of fields.", "type");

    private static Dictionary<string, object?> Fields(object? value, string name) =>
        value is IReadOnlyDictionary<string, object?> map ? new Dictionary<string, object?>(map, StringComparer.Ordinal) : throw new ValidationError(name, $"{name} is a map of fields.", "type");

    private (string Id, int? ExpectedVersion) Identify(IReadOnlyDictionary<string, object?> payload)
    {
        if (payload.GetValueOrDefault("id") is not string { Length: > 0 } id)
        {
            throw new ValidationError("id", $"The id of the {Entity.Name} is required.", "required");
        }

        return (id, payload.GetValueOrDefault("expectedVersion") is { } version ? Convert.ToInt32(version, CultureInfo.InvariantCulture) : null);
    }
}
