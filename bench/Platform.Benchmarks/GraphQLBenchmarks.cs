using BenchmarkDotNet.Attributes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Workloads;

namespace Platform.Benchmarks;

/// <summary>
/// Parse, validate and execute of (a) graphql-js's introspection query with every option on and
/// (b) a 32-field query with fragments, variables and nested lists over in-memory data. The same
/// files (bench/graphql/) run under graphql-js with bench/graphql-js/bench.mjs, the baseline.
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private Schema _schema = null!;
    private Dictionary<string, object?> _data = null!;
    private Dictionary<string, object?> _variables = null!;
    private string _introspectionText = null!;
    private string _catalogueText = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _catalogue = null!;
    private GraphQLExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_schema, _data) = BenchShop.Load();
        _introspectionText = BenchShop.Read("introspection.graphql");
        _catalogueText = BenchShop.Read("catalogue.graphql");
        _variables = new Dictionary<string, object?> { ["shop"] = "shop-1", ["first"] = 20, ["reviews"] = 3, ["withOwner"] = true };
        _introspection = Parser.Parse(_introspectionText);
        _catalogue = Parser.Parse(_catalogueText);
        _executor = new GraphQLExecutor(_schema);

        foreach (var document in new[] { _introspection, _catalogue })
        {
            var errors = DocumentValidator.Validate(_schema, document);
            var result = Executor.ExecuteAsync(new ExecutionRequest(_schema, document) { Variables = _variables, RootValue = _data }).GetAwaiter().GetResult();
            if (errors.Count > 0 || result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The workload fails: {string.Join("; ", errors.Concat(result.Errors))}");
            }
        }
    }

    [Benchmark]
    public DocumentNode ParseIntrospection() => Parser.Parse(_introspectionText);

    [Benchmark]
    public int ValidateIntrospection() => DocumentValidator.Validate(_schema, _introspection).Count;

    [Benchmark]
    public Task<ExecutionResult> ExecuteIntrospection() => Executor.ExecuteAsync(new ExecutionRequest(_schema, _introspection) { RootValue = _data });

    [Benchmark]
    public DocumentNode ParseCatalogue() => Parser.Parse(_catalogueText);

    [Benchmark]
    public int ValidateCatalogue() => DocumentValidator.Validate(_schema, _catalogue).Count;

    [Benchmark]
    public Task<ExecutionResult> ExecuteCatalogue() => Executor.ExecuteAsync(new ExecutionRequest(_schema, _catalogue) { Variables = _variables, RootValue = _data });

    /// <summary>The whole request a host makes: document-cache hit, execute, JSON response.</summary>
    [Benchmark]
    public async Task<string> CatalogueRequestToJson() =>
        ExecutionResultJson.Serialize(await _executor.ExecuteAsync(new GraphQLRequest(_catalogueText) { Variables = _variables, RootValue = _data }));
}
