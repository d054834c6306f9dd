using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>A domain rule forbids the operation: a failing guard, a closed window, a currency mismatch.</summary>
public class BusinessError : CoreError
{
    /// <summary>Creates the error.</summary>
    public BusinessError(string message, ValueMap? meta = null)
        : base(ErrorCodes.BusinessRule, message, meta)
    {
    }
}
