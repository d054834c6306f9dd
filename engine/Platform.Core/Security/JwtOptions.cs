namespace Platform.Core.Security;

/// <summary>How bearer tokens are checked (ARCHITECTURE.md § Security: HS256 with <c>JWT_SECRET</c>).</summary>
/// <param name="Secret">The HMAC key (at least 32 bytes).</param>
public sealed record JwtOptions(byte[] Secret)
{
    /// <summary>The issuer tokens must name, or null to accept any.</summary>
    public string? Issuer { get; init; }

    /// <summary>The audience tokens must name, or null to accept any.</summary>
    public string? Audience { get; init; }

    /// <summary>Tolerance for clocks that disagree, applied to <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);
}
