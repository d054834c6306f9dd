using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.AspNetCore.WebSockets;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.TestKit;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on a free port serving a small schema over the transports (one per test class).</summary>
public sealed class GraphQLServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Url { get; private set; } = null!;

    private int _bumps;

    public int Bumps => Volatile.Read(ref _bumps);

    public async Task InitializeAsync()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { hello(name: String = "world"): String!, fail: String, whoami: String }
                type Mutation { bump: Int! }
                type Subscription { ticks(count: Int!): Int! }
                """)
            .AddResolver("Query", "whoami", context => ValueTask.FromResult(context.UserContext))
            .AddSubscriber("Subscription", "ticks", context => ValueTask.FromResult(Ticks(Convert.ToInt32(context.Arguments["count"], System.Globalization.CultureInfo.InvariantCulture), context.CancellationToken)))
            .AddResolver("Subscription", "ticks", context => ValueTask.FromResult(context.Source))
            .AddResolver("Query", "hello", context => ValueTask.FromResult<object?>($"Hello, {context.Arguments["name"]}!"))
            .AddResolver("Query", "fail", _ => throw new InvalidOperationException("boom"))
            .AddResolver("Mutation", "bump", _ => ValueTask.FromResult<object?>(Interlocked.Increment(ref _bumps)))
            .Build();
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapGraphQL("/graphql", new GraphQLExecutor(schema), webSockets: new GraphQLWebSocketOptions
        {
            InitTimeout = TimeSpan.FromSeconds(3), // short enough for the 4408 test, long enough for a loaded CI machine to send connection_init
            MaxOperationsPerConnection = 3,
            OnConnect = (_, payload) => ValueTask.FromResult(
                payload?.GetValueOrDefault("authorization") is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } token && token.GetString() == "Bearer bad"
                    ? GraphQLWebSocketOptions.Rejected
                    : (object?)(payload?.GetValueOrDefault("authorization")?.ToString() ?? "anonymous")),
        });
        _app.MapGraphQLSse("/graphql/stream", new GraphQLExecutor(schema));
        await _app.StartAsync();
        Url = new Uri($"http://127.0.0.1:{port}/graphql");
    }

    public Uri StreamUrl => new(Url + "/stream");

    public Uri WebSocketUrl => new(Url.ToString().Replace("http://", "ws://", StringComparison.Ordinal));

    private static async IAsyncEnumerable<object?> Ticks(int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Delay(20, cancellationToken);
            yield return i;
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
