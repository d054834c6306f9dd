using Platform.Core.Primitives;
using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>A money operation produced an amount outside the range of 64-bit minor units.</summary>
public sealed class MoneyOverflowError : BusinessError
{
    /// <summary>Creates the error for an operation on <paramref name="operand"/>.</summary>
    public MoneyOverflowError(Money operand, string operation)
        : base($"Cannot {operation} {operand}: the result exceeds the range of a money amount.", ValueMap.Of(("currency", operand.Currency)))
    {
    }

    /// <summary>Creates the error for a converted amount.</summary>
    public MoneyOverflowError(string currency, decimal minorUnits)
        : base($"{minorUnits} minor units of {currency} exceed the range of a money amount.", ValueMap.Of(("currency", currency)))
    {
    }
}
