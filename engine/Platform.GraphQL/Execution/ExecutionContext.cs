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

    public IReadOnlyList<GraphQLError> Errors => _errors.IsEmpty ? [] : [.. _errors];

    /// <summary>Collected sub-selections of this execution (its own: no lock shared with other executions).</summary>
    public Executor.SubfieldCache Subfields => _subfields ??= new Executor.SubfieldCache();

    private Executor.SubfieldCache? _subfields;

    public void AddError(GraphQLError error) => _errors.Enqueue(error);

    // A "burst" is a synchronous run of executor work on one thread: completing a resolved value,
    // or delivering a batch's results (whose continuations run inline). Loads queued during a burst
    // wake the top level only when the burst ends, so every sibling has queued its keys by then.
    [ThreadStatic]
    private static int _burstDepth;

    [ThreadStatic]
    private static List<ExecutionContext>? _signalAfterBurst;

    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes when there may be new loads to dispatch.</summary>
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

    /// <summary>Called by loaders when they queue a key.</summary>
    public void OnLoadQueued()
    {
        if (_burstDepth == 0)
        {
            SignalProgress();
            return;
        }

        _signalAfterBurst ??= [];
        if (!_signalAfterBurst.Contains(this))
        {
            _signalAfterBurst.Add(this);
        }
    }

    /// <summary>Starts a burst on this thread.</summary>
    public static void EnterBurst() => _burstDepth++;

    /// <summary>Ends a burst; the outermost end wakes the top level of every execution that queued loads.</summary>
    public static void ExitBurst()
    {
        if (--_burstDepth > 0 || _signalAfterBurst is not { Count: > 0 } waiting)
        {
            return;
        }

        var contexts = waiting.ToList();
        waiting.Clear();
        foreach (var context in contexts)
        {
            context.SignalProgress();
        }
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
        // A batch that completes synchronously runs its waiting resolvers inline, and they may register
        // new loaders: dispatch from a snapshot, outside the lock.
        IBatchDispatcher[] dispatchers;
        lock (_dispatchGate)
        {
            dispatchers = [.. _dispatchers];
        }

        foreach (var dispatcher in dispatchers)
        {
            if (dispatcher.HasPending)
            {
                dispatcher.Dispatch();
            }
        }
    }
}
