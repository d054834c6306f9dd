using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>Two amounts of different currencies were combined.</summary>
public sealed class CurrencyMismatchError : BusinessError
{
    /// <summary>Creates the error.</summary>
    public CurrencyMismatchError(string left, string right, string operation)
        : base($"Cannot {operation} {left} and {right}: convert one amount first.", ValueMap.Of(("left", left), ("right", right)))
    {
    }
}
