using Platform.Core.Cqrs;
using Platform.Core.Cqrs.Middleware;
using Platform.Core.Errors;
using Platform.Core.Validation;
using Platform.Model.Definitions;
using Platform.TestKit;

namespace Platform.Core.Tests.Cqrs;

public sealed class MediatorTests
{
    [Fact]
    public async Task Dispatch_ReachesTheHandler_ThroughMiddlewareInRegistrationOrder()
    {
        var platform = new TestPlatform();
        var mediator = platform.Services.Mediator;
        var trail = new List<string>();
        mediator.Use(new Recording("first", trail));
        mediator.Use(new Recording("second", trail));
        mediator.RegisterCommand("catalog.rename", (request, context, _) =>
        {
            trail.Add($"handler:{context.Actor.Id}");
            return Task.FromResult<object?>(((Command)request).Payload);
        });

        var result = await platform.As("user_1", "org_1", "admin").DispatchAsync<string>("catalog.rename", "new name");

        Assert.Equal("new name", result);
        Assert.Equal(["first:in", "second:in", "handler:user_1", "second:out", "first:out"], trail);
    }

    [Fact]
    public async Task UnknownCommand_IsAClearError_ListingRegisteredOnes()
    {
        var platform = new TestPlatform();
        platform.Services.Mediator.RegisterCommand("catalog.createItem", (_, _, _) => Task.FromResult<object?>(null));

        var error = await Assert.ThrowsAsync<UnknownRequestError>(() => platform.As("u").DispatchAsync<object>("catalog.createItm", null));

        Assert.Equal("No handler is registered for command 'catalog.createItm'. Registered commands: catalog.createItem.", error.Message);
        await Assert.ThrowsAsync<UnknownRequestError>(() => platform.As("u").QueryAsync<object>("catalog.createItem", null));
    }

    [Fact]
    public void RegisteringTwice_IsRefused()
    {
        var mediator = new Mediator();
        mediator.RegisterQuery("catalog.get", (_, _, _) => Task.FromResult<object?>(null));

        Assert.Throws<ArgumentException>(() => mediator.RegisterQuery("catalog.get", (_, _, _) => Task.FromResult<object?>(null)));
    }

    [Fact]
    public async Task Authorization_ChecksThePermissionWithWildcards()
    {
        var platform = new TestPlatform();
        var mediator = platform.Services.Mediator;
        mediator.Use(new AuthorizationMiddleware(platform.Services.Permissions));
        mediator.RegisterCommand("catalog.importItems", (_, _, _) => Task.FromResult<object?>("imported"));
        mediator.RegisterQuery("catalog.search", (_, _, _) => Task.FromResult<object?>("found"));
        mediator.RegisterCommand("catalog.createItem", (_, _, _) => Task.FromResult<object?>("created"), new HandlerOptions { Permission = "catalog.item:create" });

        var denied = await Assert.ThrowsAsync<AuthorizationError>(() => platform.As("u", "org_1", "admin").DispatchAsync<string>("catalog.importItems", null));
        Assert.Equal(ErrorCodes.Forbidden, denied.Code);
        Assert.Equal("catalog.importItems:execute", denied.Permission);
        Assert.Equal("imported", await platform.As("u", "org_1", "super-admin").DispatchAsync<string>("catalog.importItems", null));
        Assert.Equal("found", await platform.As("u", "org_1", "viewer").QueryAsync<string>("catalog.search", null));
        Assert.Equal("created", await platform.As("u", "org_1", "admin").DispatchAsync<string>("catalog.createItem", null));
        await Assert.ThrowsAsync<AuthorizationError>(() => platform.As("u", "org_1", "member").DispatchAsync<string>("catalog.createItem", null));
        await Assert.ThrowsAsync<AuthorizationError>(() => platform.As("u", "org_1").QueryAsync<string>("catalog.search", null));
    }

    [Fact]
    public async Task Validation_RefusesBadInput_BeforeTheHandlerRuns()
    {
        var platform = new TestPlatform();
        var mediator = platform.Services.Mediator;
        var ran = false;
        mediator.Use(new ValidationMiddleware(new EntityValidator()));
        mediator.RegisterCommand("catalog.importItems", (_, _, _) => { ran = true; return Task.FromResult<object?>(null); }, new HandlerOptions
        {
            Input = [new FieldDefinition("url", FieldType.String) { Required = true, Validators = [new ValidatorSpec(ValidatorKind.Url)] }, new FieldDefinition("limit", FieldType.Integer)],
        });

        var error = await Assert.ThrowsAsync<ValidationError>(() => platform.As("u").DispatchAsync<object>("catalog.importItems", new Dictionary<string, object?> { ["url"] = "nope", ["limit"] = "ten" }));

        Assert.False(ran);
        Assert.Equal(["url", "limit"], error.Failures.Select(f => f.Field));
        await Assert.ThrowsAsync<ValidationError>(() => platform.As("u").DispatchAsync<object>("catalog.importItems", "not an object"));
    }

    [Fact]
    public async Task Idempotency_ConcurrentDispatchesWithOneKey_RunTheHandlerOnce()
    {
        var platform = new TestPlatform();
        var mediator = platform.Services.Mediator;
        mediator.Use(new IdempotencyMiddleware(new InMemoryIdempotencyStore()));
        var runs = 0;
        var gate = new TaskCompletionSource();
        mediator.RegisterCommand("ledger.post", async (_, _, _) =>
        {
            Interlocked.Increment(ref runs);
            await gate.Task;
            return (object?)Guid.NewGuid().ToString();
        });
        var context = platform.As("u");

        var dispatches = Enumerable.Range(0, 8).Select(_ => Task.Run(() => context.DispatchAsync<string>("ledger.post", null, "key-1"))).ToList();
        await Task.Delay(50);
        gate.SetResult();
        var results = await Task.WhenAll(dispatches);

        Assert.Equal(1, runs);
        Assert.Single(results.Distinct());
        await context.DispatchAsync<string>("ledger.post", null, "key-2");
        await context.DispatchAsync<string>("ledger.post", null);
        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task Idempotency_FailedRun_ReleasesTheKey_AndExpiryAllowsARerun()
    {
        var clock = new ManualTimeProvider();
        var platform = new TestPlatform(clock);
        var mediator = platform.Services.Mediator;
        mediator.Use(new IdempotencyMiddleware(new InMemoryIdempotencyStore(clock), TimeSpan.FromMinutes(5)));
        var runs = 0;
        mediator.RegisterCommand("ledger.post", (_, _, _) => ++runs == 1 ? throw new IntegrationError("bank", "down") : Task.FromResult<object?>(runs));
        var context = platform.As("u");

        await Assert.ThrowsAsync<IntegrationError>(() => context.DispatchAsync<int>("ledger.post", null, "k"));
        Assert.Equal(2, await context.DispatchAsync<int>("ledger.post", null, "k"));
        Assert.Equal(2, await context.DispatchAsync<int>("ledger.post", null, "k"));
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(3, await context.DispatchAsync<int>("ledger.post", null, "k"));
    }

    [Fact]
    public async Task Idempotency_KeysAreScopedPerOrganization()
    {
        var platform = new TestPlatform();
        platform.Services.Mediator.Use(new IdempotencyMiddleware(new InMemoryIdempotencyStore()));
        var runs = 0;
        platform.Services.Mediator.RegisterCommand("ledger.post", (_, context, _) => Task.FromResult<object?>($"{context.Org.Id}:{++runs}"));

        var first = await platform.As("u", "org_1").DispatchAsync<string>("ledger.post", null, "k");
        var second = await platform.As("u", "org_2").DispatchAsync<string>("ledger.post", null, "k");

        Assert.Equal(("org_1:1", "org_2:2"), (first, second));
    }

    [Fact]
    public async Task RateLimit_TokenBucketPerActorAndType()
    {
        var clock = new ManualTimeProvider();
        var platform = new TestPlatform(clock);
        platform.Services.Mediator.Use(new RateLimitMiddleware(new TokenBucketRateLimiter(clock), new RateLimitOptions(2, 1)));
        platform.Services.Mediator.RegisterCommand("a.b", (_, _, _) => Task.FromResult<object?>(null));
        var alice = platform.As("alice");

        await alice.DispatchAsync<object>("a.b", null);
        await alice.DispatchAsync<object>("a.b", null);
        var error = await Assert.ThrowsAsync<RateLimitedError>(() => alice.DispatchAsync<object>("a.b", null));
        await platform.As("bob").DispatchAsync<object>("a.b", null);

        Assert.Equal(ErrorCodes.RateLimited, error.Code);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        clock.Advance(TimeSpan.FromSeconds(1));
        await alice.DispatchAsync<object>("a.b", null);
    }

    [Fact]
    public async Task Retry_RetriesTransientFailuresOnly()
    {
        var platform = new TestPlatform();
        platform.Services.Mediator.Use(new RetryMiddleware(new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxAttempts = 3 }));
        var transientRuns = 0;
        var businessRuns = 0;
        var alwaysRuns = 0;
        platform.Services.Mediator.RegisterCommand("a.flaky", (_, _, _) => ++transientRuns < 3 ? throw new IntegrationError("x", "timeout", isTransient: true) : Task.FromResult<object?>("ok"));
        platform.Services.Mediator.RegisterCommand("a.rule", (_, _, _) => { businessRuns++; throw new BusinessError("no"); });
        platform.Services.Mediator.RegisterCommand("a.down", (_, _, _) => { alwaysRuns++; throw new TimeoutException(); });
        var context = platform.As("u");

        Assert.Equal("ok", await context.DispatchAsync<string>("a.flaky", null));
        await Assert.ThrowsAsync<BusinessError>(() => context.DispatchAsync<string>("a.rule", null));
        await Assert.ThrowsAsync<TimeoutException>(() => context.DispatchAsync<string>("a.down", null));

        Assert.Equal((3, 1, 3), (transientRuns, businessRuns, alwaysRuns));
    }

    [Fact]
    public async Task Logging_WritesOneLineWithOutcome_AndNeverThePayload()
    {
        var platform = new TestPlatform();
        var logger = new ListLogger<LoggingMiddleware>();
        platform.Services.Mediator.Use(new LoggingMiddleware(logger));
        platform.Services.Mediator.RegisterCommand("identity.setPassword", (_, _, _) => Task.FromResult<object?>(null));
        platform.Services.Mediator.RegisterCommand("identity.fail", (_, _, _) => throw new ConflictError("stale"));

        await platform.As("u").DispatchAsync<object>("identity.setPassword", new Dictionary<string, object?> { ["password"] = "hunter2" });
        await Assert.ThrowsAsync<ConflictError>(() => platform.As("u").DispatchAsync<object>("identity.fail", null));

        Assert.Equal(2, logger.Lines.Count);
        Assert.Contains("Command identity.setPassword by u in org_1", logger.Lines[0], StringComparison.Ordinal);
        Assert.Contains("refused", logger.Lines[1], StringComparison.Ordinal);
        Assert.Contains("CONFLICT", logger.Lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(logger.Lines, line => line.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedDispatch_WrongResultType_IsAClearError()
    {
        var platform = new TestPlatform();
        platform.Services.Mediator.RegisterQuery("a.count", (_, _, _) => Task.FromResult<object?>(3));

        var error = await Assert.ThrowsAsync<InvalidCastException>(() => platform.As("u").QueryAsync<string>("a.count", null));

        Assert.Contains("returned Int32, not String", error.Message, StringComparison.Ordinal);
    }

    private sealed class Recording(string name, List<string> trail) : IMediatorMiddleware
    {
        public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
        {
            trail.Add($"{name}:in");
            var result = await next();
            trail.Add($"{name}:out");
            return result;
        }
    }
}
