using Platform.Core.Jobs;

namespace Platform.Core.Tests.Jobs;

public sealed class BackoffPolicyTests
{
    [Fact]
    public void Exponential_DoublesUpToTheCap()
    {
        var policy = new BackoffPolicy(BackoffKind.Exponential, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(a => policy.DelayFor(a).TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(10), policy.DelayFor(1000));
    }

    [Fact]
    public void Fixed_StaysTheSame()
    {
        var policy = new BackoffPolicy(BackoffKind.Fixed, TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), policy.DelayFor(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.DelayFor(0));
    }
}
