using System.Text.Json;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Introspection;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Types.Scalars;

namespace Platform.GraphQL.Execution;

/// <content>Field collection and execution (spec § 6.3).</content>
public static partial class Executor
{
    private static readonly NonNullType NonNullBoolean = new(BuiltInScalars.Boolean);

    // Spec "CollectFields": response key → the field nodes merged under it, in document order.
    private static OrderedDictionary<string, List<FieldNode>> CollectFields(ExecutionContext context, ObjectType objectType, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>>? fields = null, HashSet<string>? visitedFragments = null)
    {
        fields ??= [];
        visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(context, field.Directives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread when ShouldInclude(context, spread.Directives):
                    if (!visitedFragments.Add(spread.Name.Value) || !context.Fragments.TryGetValue(spread.Name.Value, out var fragment) || !DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(context, objectType, fragment.SelectionSet, fields, visitedFragments);
                    break;
                case InlineFragmentNode inline when ShouldInclude(context, inline.Directives):
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(context.Schema, objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(context, objectType, inline.SelectionSet, fields, visitedFragments);
                    break;
            }
        }

        return fields;
    }

    // @skip(if:) and @include(if:).
    private static bool ShouldInclude(ExecutionContext context, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not ("skip" or "include"))
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
            var value = argument is null ? null : InputCoercion.ValueFromAst(argument.Value, NonNullBoolean, context.Variables);
            if (directive.Name.Value == "skip" && value is true)
            {
                return false;
            }

            if (directive.Name.Value == "include" && value is not true)
            {
                return false;
            }
        }

        return true;
    }

    // Spec "DoesFragmentTypeApply".
    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode typeCondition) =>
        schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType condition => condition.Name == objectType.Name,
            InterfaceType or UnionType => schema.IsSubType(schema.GetType(typeCondition.Name.Value)!, objectType),
            _ => false,
        };

    // Spec "ExecuteSelectionSet" (normal): every field starts before any is awaited.
    private static async ValueTask<OrderedDictionary<string, object?>> ExecuteFieldsAsync(ExecutionContext context, ObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var results = new OrderedDictionary<string, object?>(fields.Count);
        List<(string Key, ValueTask<object?> Value)>? pending = null;
        foreach (var (key, nodes) in fields)
        {
            if (GetFieldDefinition(context.Schema, parentType, nodes[0].Name.Value) is not { } field)
            {
                continue; // validation rejects unknown fields; executed anyway, they are left out of the response
            }

            var value = ExecuteField(context, parentType, field, source, nodes, new ResponsePath(path, key));
            if (value.IsCompletedSuccessfully)
            {
                results[key] = value.Result;
            }
            else if (value.IsCompleted)
            {
                value.GetAwaiter().GetResult(); // rethrows a propagating field error
            }
            else
            {
                results[key] = null; // keeps the selection-set order; filled in below
                (pending ??= []).Add((key, value));
            }
        }

        if (pending is not null)
        {
            foreach (var (key, value) in pending)
            {
                results[key] = await value.ConfigureAwait(false);
            }
        }

        return results;
    }

    // Spec "ExecuteSelectionSet" (serially), for mutation root fields.
    private static async ValueTask<OrderedDictionary<string, object?>> ExecuteFieldsSeriallyAsync(ExecutionContext context, ObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var results = new OrderedDictionary<string, object?>(fields.Count);
        foreach (var (key, nodes) in fields)
        {
            if (GetFieldDefinition(context.Schema, parentType, nodes[0].Name.Value) is not { } field)
            {
                continue;
            }

            var value = ExecuteField(context, parentType, field, source, nodes, new ResponsePath(path, key));
            results[key] = value.IsCompleted ? value.GetAwaiter().GetResult() : await WaitWithBatchingAsync(context, value, CancellationToken.None).ConfigureAwait(false);
        }

        return results;
    }

    // Spec "ExecuteField", with "Handling Field Errors": an error is recorded at the nearest nullable field.
    private static ValueTask<object?> ExecuteField(ExecutionContext context, ObjectType parentType, FieldDefinition field, object? source, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var fieldNode = fieldNodes[0];
        try
        {
            var arguments = CoerceArgumentValues(context, field, fieldNode);
            var resolveContext = new ResolveFieldContext(context, parentType, field, fieldNodes, source, arguments, path);
            var resolved = field.Resolver is { } resolver ? resolver(resolveContext) : ValueTask.FromResult(DefaultResolve(source, field.Name));
            if (resolved.IsCompletedSuccessfully)
            {
                var completed = CompleteValue(context, field.Type, fieldNodes, parentType, field, path, resolved.Result);
                return completed.IsCompletedSuccessfully ? completed : AwaitCompletion(context, completed, field, fieldNodes, path);
            }

            return AwaitResolution(context, resolved, parentType, field, fieldNodes, path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromResult(HandleFieldError(context, exception, field.Type, fieldNodes, path));
        }
    }

    private static async ValueTask<object?> AwaitResolution(ExecutionContext context, ValueTask<object?> resolved, ObjectType parentType, FieldDefinition field, List<FieldNode> fieldNodes, ResponsePath path)
    {
        try
        {
            var value = await resolved.ConfigureAwait(false);

            // Completing the value is a burst: its loads are dispatched together, after it.
            ValueTask<object?> completion;
            ExecutionContext.EnterBurst();
            try
            {
                completion = CompleteValue(context, field.Type, fieldNodes, parentType, field, path, value);
            }
            finally
            {
                ExecutionContext.ExitBurst();
            }

            return await completion.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(context, exception, field.Type, fieldNodes, path);
        }
    }

    private static async ValueTask<object?> AwaitCompletion(ExecutionContext context, ValueTask<object?> completion, FieldDefinition field, List<FieldNode> fieldNodes, ResponsePath path)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(context, exception, field.Type, fieldNodes, path);
        }
    }

    private static object? HandleFieldError(ExecutionContext context, Exception exception, GraphQLType returnType, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var error = exception is FieldErrorException propagated ? propagated.Error : LocatedError(context, exception, fieldNodes, path);
        if (returnType is NonNullType)
        {
            throw exception as FieldErrorException ?? new FieldErrorException(error);
        }

        context.AddError(error);
        return null;
    }

    private static GraphQLError LocatedError(ExecutionContext context, Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        var (message, extensions) = exception switch
        {
            IGraphQLErrorSource source => (source.Message, source.Extensions),
            _ when context.Request.Options.MapError?.Invoke(exception) is { } mapped => (mapped.Message, mapped.Extensions),
            ScalarCoercionException or FieldExecutionException => (exception.Message, null),
            _ when context.Request.Options.ExposeExceptionMessages => (exception.Message, null),
            _ => ("Unexpected error.", (IReadOnlyDictionary<string, object?>?)new Dictionary<string, object?> { ["code"] = "INTERNAL" }),
        };
        return FieldError(message, fieldNodes, path, extensions);
    }

    // An error located at a field: its nodes in the document and its path in the response.
    internal static GraphQLError FieldError(string message, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path, IReadOnlyDictionary<string, object?>? extensions) =>
        new(message) { Locations = Locate([.. fieldNodes]), Path = path.ToList(), Extensions = extensions };

    internal static FieldDefinition? GetFieldDefinition(Schema schema, ObjectType parentType, string name) => name switch
    {
        "__typename" => IntrospectionTypes.TypeNameMetaField,
        "__schema" when ReferenceEquals(parentType, schema.Query) => IntrospectionTypes.SchemaMetaField,
        "__type" when ReferenceEquals(parentType, schema.Query) => IntrospectionTypes.TypeMetaField,
        _ => parentType.Fields.GetValueOrDefault(name),
    };

    // The default resolver reads the parent's entry of the field's name from maps and JSON.
    private static object? DefaultResolve(object? source, string name) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
        JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty(name, out var property) ? property : null,
        _ => null,
    };

    // Spec "CoerceArgumentValues".
    internal static Dictionary<string, object?> CoerceArgumentValues(ExecutionContext context, FieldDefinition field, FieldNode node)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            var argumentNode = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
            var hasValue = argumentNode is not null;
            object? value = null;
            if (argumentNode?.Value is VariableNode variable)
            {
                hasValue = context.Variables.TryGetValue(variable.Name.Value, out value);
            }
            else if (argumentNode is not null)
            {
                value = argumentNode.Value;
            }

            if (!hasValue)
            {
                if (argument.DefaultValue is not null)
                {
                    coerced[argument.Name] = InputCoercion.ValueFromAst(argument.DefaultValue, argument.Type, null);
                }
                else if (argument.Type is NonNullType)
                {
                    throw new FieldExecutionException($"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.");
                }

                continue;
            }

            if (argumentNode!.Value is VariableNode)
            {
                if (value is null && argument.Type is NonNullType)
                {
                    throw new FieldExecutionException($"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null.");
                }

                coerced[argument.Name] = value;
                continue;
            }

            var literal = InputCoercion.ValueFromAst(argumentNode.Value, argument.Type, context.Variables);
            if (literal == InputCoercion.Invalid)
            {
                throw new FieldExecutionException($"Argument \"{argument.Name}\" has invalid value {InputCoercion.Print(argumentNode.Value)}.");
            }

            coerced[argument.Name] = literal;
        }

        return coerced;
    }
}
