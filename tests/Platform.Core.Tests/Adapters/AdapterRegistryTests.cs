using Platform.Core.Adapters;

namespace Platform.Core.Tests.Adapters;

public sealed class AdapterRegistryTests
{
    private interface IPayment
    {
        string Name { get; }
    }

    private sealed record Payment(string Name) : IPayment;

    [Fact]
    public void SingleImplementation_IsActive()
    {
        var registry = new AdapterRegistry();
        registry.Register<IPayment>(AdapterTypes.Payment, "stripe", new Payment("stripe"));

        Assert.True(registry.Has(AdapterTypes.Payment));
        Assert.Equal("stripe", registry.Get<IPayment>(AdapterTypes.Payment).Name);
    }

    [Fact]
    public void SeveralImplementations_NeedActivation()
    {
        var registry = new AdapterRegistry();
        registry.Register<IPayment>(AdapterTypes.Payment, "stripe", new Payment("stripe"));
        registry.Register<IPayment>(AdapterTypes.Payment, "razorpay", new Payment("razorpay"));

        var error = Assert.Throws<InvalidOperationException>(() => registry.Get<IPayment>(AdapterTypes.Payment));
        Assert.Contains("razorpay, stripe", error.Message, StringComparison.Ordinal);

        registry.Activate(AdapterTypes.Payment, "razorpay");
        Assert.Equal("razorpay", registry.Get<IPayment>(AdapterTypes.Payment).Name);
        Assert.Equal("stripe", registry.Get<IPayment>(AdapterTypes.Payment, "stripe").Name);
    }

    [Fact]
    public void Errors_NameWhatIsMissing()
    {
        var registry = new AdapterRegistry();
        registry.Register(AdapterTypes.Email, "smtp", new object());

        Assert.Contains("No 'payment' adapter", Assert.Throws<InvalidOperationException>(() => registry.Get<IPayment>(AdapterTypes.Payment)).Message, StringComparison.Ordinal);
        Assert.Contains("not a IPayment", Assert.Throws<InvalidOperationException>(() => registry.Get<IPayment>(AdapterTypes.Email)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => registry.Activate(AdapterTypes.Email, "ses"));
        Assert.Throws<ArgumentException>(() => registry.Register(AdapterTypes.Email, "smtp", new object()));
    }
}
