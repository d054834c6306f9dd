using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Executes a validated document (spec § 6 "Execution"): query fields concurrently, mutation
/// fields one after another, null propagation to the nearest nullable parent, each error recorded
/// once with its path. Method names follow the spec's algorithms.
/// </summary>
public static partial class Executor
{
    /// <summary>Executes a query or mutation (spec "ExecuteRequest").</summary>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        if (!TryPrepare(request, out var operation, out var fragments, out var variables, out var requestErrors))
        {
            return ExecutionResult.RequestError(requestErrors);
        }

        var rootType = request.Schema.RootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.RequestError([new GraphQLError($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.") { Locations = Locate(operation) }]);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (request.Options.Timeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        var context = new ExecutionContext(request, operation, fragments, variables, timeout.Token);
        var data = await ExecuteRootAsync(context, rootType, operation, request.RootValue, cancellationToken).ConfigureAwait(false);
        return new ExecutionResult { Data = data, HasData = true, Errors = context.Errors };
    }

    private static async Task<OrderedDictionary<string, object?>?> ExecuteRootAsync(ExecutionContext context, ObjectType rootType, OperationDefinitionNode operation, object? rootValue, CancellationToken callerToken)
    {
        var fields = CollectFields(context, rootType, operation.SelectionSet);
        ValueTask<OrderedDictionary<string, object?>> execution;
        ExecutionContext.EnterBurst();
        try
        {
            execution = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSeriallyAsync(context, rootType, rootValue, null, fields)
                : ExecuteFieldsAsync(context, rootType, rootValue, null, fields);
        }
        catch (FieldErrorException error)
        {
            context.AddError(error.Error);
            return null;
        }
        finally
        {
            ExecutionContext.ExitBurst();
        }

        try
        {
            return await WaitWithBatchingAsync(context, execution, callerToken).ConfigureAwait(false);
        }
        catch (FieldErrorException error)
        {
            context.AddError(error.Error);
            return null;
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested && context.CancellationToken.IsCancellationRequested)
        {
            context.AddError(TimeoutError(context));
            return null;
        }
    }

    // The top of the executor: while work is pending, dispatch the batches queued by the level that
    // just ran, then wait for progress. Only here, so every sibling has queued its loads first.
    private static async Task<T> WaitWithBatchingAsync<T>(ExecutionContext context, ValueTask<T> work, CancellationToken callerToken)
    {
        if (work.IsCompleted)
        {
            return work.GetAwaiter().GetResult();
        }

        var task = work.AsTask();
        while (!task.IsCompleted)
        {
            var progress = context.ArmProgressSignal();
            context.DispatchBatches();
            if (task.IsCompleted)
            {
                break;
            }

            await Task.WhenAny(task, progress).WaitAsync(context.CancellationToken).ConfigureAwait(false);
        }

        callerToken.ThrowIfCancellationRequested();
        return await task.ConfigureAwait(false);
    }

    private static GraphQLError TimeoutError(ExecutionContext context) =>
        new($"Execution exceeded the time limit of {context.Request.Options.Timeout?.TotalMilliseconds:0} ms.")
        {
            Extensions = new Dictionary<string, object?> { ["code"] = "EXECUTION_TIMEOUT" },
        };

    private static bool TryPrepare(ExecutionRequest request, out OperationDefinitionNode operation, out IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, out IReadOnlyDictionary<string, object?> variables, out IReadOnlyList<GraphQLError> errors)
    {
        operation = null!;
        variables = new Dictionary<string, object?>();
        var fragmentMap = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in request.Document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragmentMap.TryAdd(fragment.Name.Value, fragment);
        }

        fragments = fragmentMap;
        var found = GetOperation(request.Document, request.OperationName, out var error);
        if (found is null)
        {
            errors = [error!];
            return false;
        }

        operation = found;
        var coercionErrors = new List<GraphQLError>();
        variables = CoerceVariableValues(request.Schema, operation, request.Variables ?? new Dictionary<string, object?>(), coercionErrors);
        errors = coercionErrors;
        return coercionErrors.Count == 0;
    }

    // Spec "GetOperation".
    private static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        error = null;
        if (operationName is null)
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = new GraphQLError(operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.");
            return null;
        }

        var operation = operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null)
        {
            error = new GraphQLError($"Unknown operation named \"{operationName}\".");
        }

        return operation;
    }

    // Spec "CoerceVariableValues".
    private static Dictionary<string, object?> CoerceVariableValues(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(BadInput($"Variable \"${name}\" expected value of type \"{SyntaxPrinterType(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }

            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = InputCoercion.ValueFromAst(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    errors.Add(BadInput($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (InputCoercion.Unwrap(value) is null && type is NonNullType)
            {
                errors.Add(BadInput($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            coerced[name] = InputCoercion.CoerceInputValue(value, type, (path, invalid, message) =>
            {
                var at = path.Count == 0 ? "" : $" at \"{name}{string.Concat(path.Select(p => p is int i ? $"[{i}]" : $".{p}"))}\"";
                errors.Add(BadInput($"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}{at}; {message}", definition));
            });
        }

        return coerced;
    }

    /// <summary>The schema type a type reference names, or null when it names no type.</summary>
    internal static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static string SyntaxPrinterType(TypeNode node) => Language.SyntaxPrinter.Print(node);

    private static GraphQLError BadInput(string message, SyntaxNode node) =>
        new(message) { Locations = Locate(node), Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput } };

    internal static IReadOnlyList<SourceLocation> Locate(params SyntaxNode[] nodes) =>
        nodes.Where(n => n.Location is not null).Select(n => new SourceLocation(n.Location!.Value.Line, n.Location.Value.Column)).ToList();
}
