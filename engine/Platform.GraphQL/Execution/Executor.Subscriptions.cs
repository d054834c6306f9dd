using System.Runtime.CompilerServices;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Execution;

/// <content>Subscriptions (spec § 6.2.3): a source event stream mapped to a response stream.</content>
public static partial class Executor
{
    /// <summary>
    /// Subscribes (spec "Subscribe"): on success the response stream, one result per source event;
    /// otherwise a request error (bad operation, bad variables, or the subscriber failing to start).
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        if (!TryPrepare(request, out var operation, out var fragments, out var variables, out var requestErrors))
        {
            return new SubscriptionResult(ExecutionResult.RequestError(requestErrors), null);
        }

        if (operation.Operation != OperationType.Subscription || request.Schema.Subscription is not { } rootType)
        {
            return new SubscriptionResult(ExecutionResult.RequestError([new GraphQLError("Schema is not configured to execute subscription operation.") { Locations = Locate(operation) }]), null);
        }

        var context = new ExecutionContext(request, operation, fragments, variables, cancellationToken);
        var fields = CollectFields(context, rootType, operation.SelectionSet);
        var (key, nodes) = fields.First();
        var field = rootType.Fields.GetValueOrDefault(nodes[0].Name.Value);
        var path = new ResponsePath(null, key);
        if (field?.Subscriber is not { } subscriber)
        {
            return new SubscriptionResult(ExecutionResult.RequestError([new GraphQLError($"Subscription field \"{nodes[0].Name.Value}\" has no event stream.") { Locations = Locate(nodes[0]), Path = path.ToList() }]), null);
        }

        try
        {
            var arguments = CoerceArgumentValues(context, field, nodes[0]);
            var stream = await subscriber(new ResolveFieldContext(context, rootType, field, nodes, request.RootValue, arguments, path)).ConfigureAwait(false);
            return new SubscriptionResult(null, MapSourceToResponseEvents(request, operation, fragments, variables, stream, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SubscriptionResult(ExecutionResult.RequestError([LocatedError(context, exception, nodes, path)]), null);
        }
    }

    // Spec "MapSourceToResponseEvent": each event executes the selection set with the event as root value.
    // The operation, its fragments and its coerced variables are the subscription's: prepared once, not per event.
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvents(ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, IAsyncEnumerable<object?> stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var sourceEvent in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await ExecuteSubscriptionEventAsync(request, operation, fragments, variables, sourceEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    // Spec "ExecuteSubscriptionEvent": like a query, on the subscription root type.
    private static async Task<ExecutionResult> ExecuteSubscriptionEventAsync(ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, object? sourceEvent, CancellationToken cancellationToken)
    {
        var context = new ExecutionContext(request, operation, fragments, variables, cancellationToken);
        var data = await ExecuteRootAsync(context, request.Schema.Subscription!, operation, sourceEvent, cancellationToken).ConfigureAwait(false);
        return new ExecutionResult { Data = data, HasData = true, Errors = context.Errors };
    }
}
