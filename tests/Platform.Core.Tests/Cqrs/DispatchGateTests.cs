using Platform.Core.Cqrs;

namespace Platform.Core.Tests.Cqrs;

/// <summary>The gate a host closes while it swaps handlers: in-flight dispatches finish, new ones wait, nested ones pass.</summary>
public sealed class DispatchGateTests
{
    [Fact]
    public async Task A_pause_waits_for_dispatches_in_flight_holds_new_ones_and_lets_them_through_to_the_new_handler()
    {
        var platform = new TestPlatform();
        var mediator = platform.Services.Mediator;
        var gate = mediator.Gate;
        var release = new TaskCompletionSource();
        mediator.RegisterCommand("m.work", async (_, _, _) =>
        {
            await release.Task;
            return "old";
        });
        var context = platform.As("u");

        var inFlight = context.DispatchAsync<string>("m.work", null);
        var pausing = gate.PauseAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(50);
        Assert.False(pausing.IsCompleted); // waits for the dispatch in flight

        release.SetResult();
        Assert.Equal("old", await inFlight);
        var (pause, drained) = await pausing;
        var held = context.DispatchAsync<string>("m.work", null);
        mediator.Unregister(RequestKind.Command, "m.work");
        mediator.RegisterCommand("m.work", (_, _, _) => Task.FromResult<object?>("new"));
        await Task.Delay(50);
        Assert.False(held.IsCompleted); // held at the gate while paused
        pause.Dispose();

        Assert.True(drained);
        Assert.Equal("new", await held);
    }

    [Fact]
    public async Task A_dispatch_from_inside_a_running_one_passes_a_pending_pause()
    {
        var platform = new TestPlatform();
        var mediator = platform.Services.Mediator;
        var gate = mediator.Gate;
        var entered = new TaskCompletionSource();
        var proceed = new TaskCompletionSource();
        mediator.RegisterCommand("m.inner", (_, _, _) => Task.FromResult<object?>("inner"));
        mediator.RegisterCommand("m.outer", async (_, context, ct) =>
        {
            entered.SetResult();
            await proceed.Task;
            return await context.DispatchAsync<string>("m.inner", null, cancellationToken: ct);
        });

        var outer = platform.As("u").DispatchAsync<string>("m.outer", null);
        await entered.Task;
        var pausing = gate.PauseAsync(TimeSpan.FromSeconds(30));
        proceed.SetResult();

        Assert.Equal("inner", await outer.WaitAsync(TimeSpan.FromSeconds(10)));
        (await pausing).Pause.Dispose();
    }
}
