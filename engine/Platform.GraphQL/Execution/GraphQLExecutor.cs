using Platform.GraphQL.Errors;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The engine as a transport uses it: parse (with size and token limits), check the shape limits,
/// validate, and execute or subscribe. Parsed and validated documents are cached per schema
/// version, so a repeated query costs only its execution.
/// </summary>
public sealed class GraphQLExecutor(Schema schema, RequestLimits? limits = null, DocumentCache? cache = null, ExecutionOptions? options = null, IReadOnlyList<Func<ValidationRule>>? rules = null)
{
    private readonly RequestLimits _limits = limits ?? RequestLimits.Default;
    private readonly DocumentCache _cache = cache ?? new DocumentCache();
    private readonly ExecutionOptions _options = (options ?? ExecutionOptions.Default) with { Timeout = (limits ?? RequestLimits.Default).Timeout };

    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; } = schema;

    /// <summary>Parses (or takes from the cache) and validates <paramref name="query"/>.</summary>
    public PreparedDocument Prepare(string query)
    {
        if (_cache.Get(Schema.Version, query) is { } cached)
        {
            return cached;
        }

        var prepared = PrepareUncached(query);
        _cache.Set(Schema.Version, query, prepared);
        return prepared;
    }

    /// <summary>Executes a query or mutation. Request errors (parse, limits, validation, variables) come without data.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(request.Query);
        if (prepared.Errors.Count > 0)
        {
            return ExecutionResult.RequestError(prepared.Errors);
        }

        return await Executor.ExecuteAsync(ToExecution(request, prepared), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Subscribes; request errors come as <see cref="SubscriptionResult.Error"/>.</summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(request.Query);
        if (prepared.Errors.Count > 0)
        {
            return new SubscriptionResult(ExecutionResult.RequestError(prepared.Errors), null);
        }

        return await Executor.SubscribeAsync(ToExecution(request, prepared), cancellationToken).ConfigureAwait(false);
    }

    private ExecutionRequest ToExecution(GraphQLRequest request, PreparedDocument prepared) =>
        new(Schema, prepared.Document!)
        {
            OperationName = request.OperationName,
            Variables = request.Variables,
            UserContext = request.UserContext,
            RootValue = request.RootValue,
            Options = _options,
        };

    private PreparedDocument PrepareUncached(string query)
    {
        if (query.Length > _limits.MaxDocumentLength)
        {
            return new PreparedDocument(null, [new GraphQLError($"Document is {query.Length} characters long; the limit is {_limits.MaxDocumentLength}.") { Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ParseFailed } }]);
        }

        Language.Syntax.DocumentNode document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxTokens = _limits.MaxTokens });
        }
        catch (GraphQLSyntaxException exception)
        {
            return new PreparedDocument(null, exception.Errors);
        }

        var limitErrors = DocumentLimits.Check(document, _limits);
        if (limitErrors.Count > 0)
        {
            return new PreparedDocument(document, limitErrors);
        }

        return new PreparedDocument(document, DocumentValidator.Validate(Schema, document, rules));
    }
}
