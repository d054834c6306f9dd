using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>The caller is authenticated but lacks <see cref="Permission"/>.</summary>
public sealed class AuthorizationError : CoreError
{
    /// <summary>Creates the error for the missing permission.</summary>
    public AuthorizationError(string permission)
        : base(ErrorCodes.Forbidden, $"Permission '{permission}' is required.", ValueMap.Of(("permission", permission)))
    {
        Permission = permission;
    }

    /// <summary>The permission that was required, <c>resource:action</c>.</summary>
    public string Permission { get; }
}
