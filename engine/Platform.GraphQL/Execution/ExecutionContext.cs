using System.Collections.Concurrent;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>The state of one operation's execution (graphql-js <c>ExecutionContext</c>).</summary>
internal sealed class ExecutionContext
{
    private readonly ConcurrentQueue<GraphQLError> _errors = new();
    private readonly List<IBatchDispatcher> _dispatchers = [];
    private readonly Lock _dispatchGate = new();

    public ExecutionContext(ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        Request = request;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        CancellationToken = cancellationToken;
    }

    public ExecutionRequest Request { get; }

    public Schema Schema => Request.Schema;

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public CancellationToken CancellationToken { get; }

    public RequestItems Items { get; } = new();

    public IReadOnlyList<GraphQLError> Errors => [.. _errors];

    public void AddError(GraphQLError error) => _errors.Enqueue(error);

    [ThreadStatic]
    private static int _completingBatch;

    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes when there may be new loads to dispatch (a batch finished, or a load was queued outside a batch).</summary>
    public Task ArmProgressSignal()
    {
        lock (_dispatchGate)
        {
            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _progress.Task;
        }
    }

    /// <summary>Wakes the top level of the executor.</summary>
    public void SignalProgress()
    {
        lock (_dispatchGate)
        {
            _progress.TrySetResult();
        }
    }

    /// <summary>Called by loaders when they queue a key: outside a batch's completion, the top level must wake and dispatch.</summary>
    public void OnLoadQueued()
    {
        if (_completingBatch == 0)
        {
            SignalProgress();
        }
    }

    /// <summary>Marks the delivery of a batch's results, during which resolvers run inline and queue the next level's loads.</summary>
    public static void BeginBatchCompletion() => _completingBatch++;

    /// <summary>Ends the delivery; the top level then dispatches everything queued meanwhile in one round.</summary>
    public static void EndBatchCompletion(ExecutionContext? execution)
    {
        _completingBatch--;
        execution?.SignalProgress();
    }

    public void Register(IBatchDispatcher dispatcher)
    {
        lock (_dispatchGate)
        {
            _dispatchers.Add(dispatcher);
        }
    }

    /// <summary>Starts every waiting batch; called before the executor awaits unfinished work.</summary>
    public void DispatchBatches()
    {
        lock (_dispatchGate)
        {
            foreach (var dispatcher in _dispatchers)
            {
                if (dispatcher.HasPending)
                {
                    dispatcher.Dispatch();
                }
            }
        }
    }
}
